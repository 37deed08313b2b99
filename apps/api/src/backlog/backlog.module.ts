import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { ProductsModule } from '../products/products.module';
import { BacklogItemConnectionResolver, BacklogItemsResolver } from './backlog-items.resolver';
import { BacklogItemsService } from './backlog-items.service';

@Module({
  imports: [HistoryModule, ProductsModule],
  providers: [BacklogItemsService, BacklogItemsResolver, BacklogItemConnectionResolver],
  exports: [BacklogItemsService],
})
export class BacklogModule {}
