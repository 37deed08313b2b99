import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { toProblem } from '../api/errors';
import { ProductsQuery } from '../api/documents';
import { Loading, ProblemBanner } from '../components/ui';
import { lastProduct } from '../lib/last-product';

/** `/`: straight to the product you worked on last (or the first one); the product list when there is none. */
export function Home() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductsQuery, requestPolicy: 'network-only' });
  if (error && !data) {
    return (
      <div className="page">
        <ProblemBanner problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (fetching || !data) return <Loading label="Loading your products…" />;
  const products = data.products;
  if (products.length === 0) return <Navigate to="/products" replace />;
  const last = lastProduct();
  const target = products.find((p) => p.id === last) ?? products[0];
  return <Navigate to={`/products/${target.id}`} replace />;
}
