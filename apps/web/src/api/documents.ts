/** The typed documents the screens use, named by what they do; generated from operations.graphql. */
export {
  ProductsDocument as ProductsQuery,
  ProductDocument as ProductQuery,
  CreateProductDocument as CreateProductMutation,
  UpdateProductDocument as UpdateProductMutation,
  SetProductVisionDocument as SetProductVisionMutation,
  CreateProductGoalDocument as CreateProductGoalMutation,
  UpdateProductGoalDocument as UpdateProductGoalMutation,
  BacklogPageDocument as BacklogPageQuery,
  BacklogCountsDocument as BacklogCountsQuery,
  BacklogItemDocument as BacklogItemQuery,
  ParentSearchDocument as ParentSearchQuery,
  CreateBacklogItemDocument as CreateBacklogItemMutation,
  UpdateBacklogItemDocument as UpdateBacklogItemMutation,
  ArchiveBacklogItemDocument as ArchiveBacklogItemMutation,
  RestoreBacklogItemDocument as RestoreBacklogItemMutation,
} from './generated/graphql';
