import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { ProductsModule } from '../products/products.module';
import { BacklogOrderResolver } from './backlog-order.resolver';
import { BacklogOrderService } from './backlog-order.service';

@Module({
  imports: [HistoryModule, ProductsModule],
  providers: [BacklogOrderService, BacklogOrderResolver],
  exports: [BacklogOrderService],
})
export class OrderingModule {}
