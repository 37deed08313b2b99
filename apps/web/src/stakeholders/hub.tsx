import { createContext, useContext, useMemo } from 'react';
import { useQuery } from 'urql';
import { can, type ProductAction, type ProductRole } from '@backlog-studio/domain';
import { StakeholderHubContextDocument } from '../api/generated/graphql';
import { toProblem, type Problem } from '../api/errors';
import { useSession } from '../api/session';

export interface Hub {
  productId: string;
  productName: string | null;
  /** The caller's role on this product (from myMemberships); null while loading or when not a member. */
  role: ProductRole | null;
  /** The signed-in account's id. */
  userId: string | null;
  can(action: ProductAction): boolean;
  loading: boolean;
  problem: Problem | null;
}

/** The product, the caller's role on it and their account: what every stakeholder screen decides on. */
export function useHubContext(productId: string): Hub {
  const session = useSession().session;
  const [{ data, fetching, error }] = useQuery({ query: StakeholderHubContextDocument, variables: { productId }, pause: !productId });
  return useMemo(() => {
    const membership = data?.myMemberships.find((m) => m.productId === productId) ?? null;
    const role = (membership?.role ?? null) as ProductRole | null;
    return {
      productId,
      productName: data?.product.name ?? null,
      role,
      userId: membership?.userId ?? session?.user.id ?? null,
      can: (action: ProductAction) => can(role, action),
      loading: fetching && !data,
      problem: toProblem(error),
    };
  }, [data, fetching, error, productId, session?.user.id]);
}

export const HubContext = createContext<Hub | null>(null);

export function useHub(): Hub {
  const hub = useContext(HubContext);
  if (!hub) throw new Error('useHub outside the stakeholder hub layout');
  return hub;
}
