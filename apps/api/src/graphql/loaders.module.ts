import { Module } from '@nestjs/common';
import { BacklogModule } from '../backlog/backlog.module';
import { HistoryModule } from '../history/history.module';
import { OrderingModule } from '../ordering/ordering.module';
import { ProductsModule } from '../products/products.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [ProductsModule, BacklogModule, HistoryModule, OrderingModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
