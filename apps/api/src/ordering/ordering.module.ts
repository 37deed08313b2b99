import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { ProductsModule } from '../products/products.module';
import { BacklogOrderResolver, ProposalsResolver } from './backlog-order.resolver';
import { ProposalsService } from './proposals.service';
import { BacklogOrderService } from './backlog-order.service';

@Module({
  imports: [HistoryModule, ProductsModule],
  providers: [BacklogOrderService, BacklogOrderResolver, ProposalsService, ProposalsResolver],
  exports: [BacklogOrderService],
})
export class OrderingModule {}
