import { Module } from '@nestjs/common';
import { BacklogModule } from '../backlog/backlog.module';
import { HistoryModule } from '../history/history.module';
import { ProductsModule } from '../products/products.module';
import { RefinementResolver } from './refinement.resolver';
import { RefinementService } from './refinement.service';

@Module({ imports: [BacklogModule, HistoryModule, ProductsModule], providers: [RefinementService, RefinementResolver] })
export class RefinementModule {}
