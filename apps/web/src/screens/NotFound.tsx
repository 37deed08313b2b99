import { Link } from 'react-router';
import { useDocumentTitle } from '../components/AppLayout';

export function NotFound({ what = 'page' }: { what?: string }) {
  useDocumentTitle('Not found');
  return (
    <div className="page narrow">
      <h1>This {what} does not exist</h1>
      <p className="muted">It may have been removed, or the address is mistyped.</p>
      <p>
        <Link to="/products" className="btn">
          See all products
        </Link>
      </p>
    </div>
  );
}
