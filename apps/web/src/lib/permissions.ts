import { useMemo } from 'react';
import { useQuery } from 'urql';
import { can, PRODUCT_ROLE_LABELS, type ProductAction, type ProductRole } from '@backlog-studio/domain';
import { MyMembershipsQuery } from '../api/documents';

export interface ProductPermissions {
  /** The caller's role on the product; null while loading or for a non-member. */
  role: ProductRole | null;
  roleLabel: string | null;
  /** True until the memberships have answered once. */
  loading: boolean;
  /** The domain's permission matrix (`libs/domain/src/permissions.ts`) for that role. */
  can: (action: ProductAction) => boolean;
}

/**
 * The signed-in account's role on a product, from `myMemberships`, and what it may do. Controls
 * the role may not use are hidden (or disabled) with it; the API refuses them anyway. While the
 * memberships load, nothing is allowed, so no control flashes up and away.
 */
export function useProductPermissions(productId: string): ProductPermissions {
  const [{ data, fetching }] = useQuery({ query: MyMembershipsQuery });
  const role = (data?.myMemberships.find((m) => m.productId === productId && m.status === 'ACTIVE')?.role ?? null) as ProductRole | null;
  return useMemo(
    () => ({
      role,
      roleLabel: role ? PRODUCT_ROLE_LABELS[role] : null,
      loading: !data && fetching,
      can: (action: ProductAction) => can(role, action),
    }),
    [role, data, fetching],
  );
}
