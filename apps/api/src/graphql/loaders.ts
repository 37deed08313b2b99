import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { BacklogItemsService } from '../backlog/backlog-items.service';
import { ChangeLogEntity } from '../history/change-log.entity';
import { ChangeLogService } from '../history/change-log.service';
import { OrderChangeEntity } from '../ordering/order-change.entity';
import { BacklogOrderService } from '../ordering/backlog-order.service';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { ProductsService } from '../products/products.service';

/**
 * Per-request DataLoaders, built in the GraphQL context factory (not request-scoped
 * providers, which slow every request). Each nested edge of a page costs one statement,
 * whatever the page size.
 */
export interface Loaders {
  goalsOfProduct: DataLoader<string, ProductGoalEntity[]>;
  goal: DataLoader<string, ProductGoalEntity | null>;
  item: DataLoader<string, BacklogItemEntity | null>;
  children: DataLoader<string, BacklogItemEntity[]>;
  dependsOn: DataLoader<string, BacklogItemEntity[]>;
  history: DataLoader<string, ChangeLogEntity[]>;
  orderHistory: DataLoader<string, OrderChangeEntity[]>;
}

const many =
  <T>(fetch: (keys: readonly string[]) => Promise<Map<string, T[]>>) =>
  async (keys: readonly string[]): Promise<T[][]> => {
    const map = await fetch(keys);
    return keys.map((k) => map.get(k) ?? []);
  };

const one =
  <T>(fetch: (keys: readonly string[]) => Promise<Map<string, T>>) =>
  async (keys: readonly string[]): Promise<(T | null)[]> => {
    const map = await fetch(keys);
    return keys.map((k) => map.get(k) ?? null);
  };

@Injectable()
export class LoadersFactory {
  constructor(
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(BacklogItemsService) private readonly items: BacklogItemsService,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(BacklogOrderService) private readonly order: BacklogOrderService,
  ) {}

  create(): Loaders {
    return {
      goalsOfProduct: new DataLoader(many((ids) => this.products.goalsFor(ids))),
      goal: new DataLoader(one((ids) => this.products.goalsByIds(ids))),
      item: new DataLoader(one((ids) => this.items.byIds(ids))),
      children: new DataLoader(many((ids) => this.items.childrenOf(ids))),
      dependsOn: new DataLoader(many((ids) => this.items.dependenciesOf(ids))),
      history: new DataLoader(many((ids) => this.changeLog.forEntities(ids))),
      orderHistory: new DataLoader(many((ids) => this.order.historyForItems(ids))),
    };
  }
}
