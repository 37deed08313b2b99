import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { ProductGoalResolver, ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';

@Module({
  imports: [HistoryModule],
  providers: [ProductsService, ProductsResolver, ProductGoalResolver],
  exports: [ProductsService],
})
export class ProductsModule {}
