import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { Icon, Loading, ProblemBanner } from '../components/ui';
import { HubContext, useHubContext } from './hub';
import { roleLabel } from './labels';
import './stakeholders.css';

const TABS = [
  { to: 'stakeholders', label: 'Stakeholder map', end: true },
  { to: 'stakeholders/engagements', label: 'Engagements', end: true },
  { to: 'stakeholders/value', label: 'Value & comments', end: false, alsoActive: /\/items\/[^/]+\/perspectives$/ },
  { to: 'voting', label: 'Buy a Feature', end: false },
  { to: 'progress', label: 'Progress report', end: true },
] as const;

/**
 * The frame of the stakeholder screens: the product, the caller's role, and tabs for the map,
 * the engagement log, value perspectives with comments, budget voting and the progress report.
 */
export function HubLayout() {
  const { productId = '' } = useParams();
  const hub = useHubContext(productId);
  const { pathname } = useLocation();
  if (hub.problem?.kind === 'notFound') {
    return (
      <div className="page">
        <h1>Product not found</h1>
        <p className="muted">It may have been removed, or you are not one of its members.</p>
        <p>
          <Link to="/products" className="btn">
            All products
          </Link>
        </p>
      </div>
    );
  }
  return (
    <HubContext.Provider value={hub}>
      <div className="page hub">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <Link to={`/products/${productId}`}>
            <Icon name="back" /> {hub.productName ?? 'Back to the product'}
          </Link>
        </nav>
        <div className="hub-head">
          <p className="eyebrow">Stakeholders &amp; progress</p>
          {hub.role ? (
            <p className="hub-role">
              You are <span className="badge">{roleLabel(hub.role)}</span>
            </p>
          ) : null}
        </div>
        <nav className="hub-tabs" aria-label="Stakeholders and progress">
          {TABS.map((tab) => {
            const extra = 'alsoActive' in tab && tab.alsoActive.test(pathname);
            const to = `/products/${productId}/${tab.to}`;
            // The item perspectives live under /items/…, yet belong to the value tab.
            return extra ? (
              <Link key={tab.to} to={to} className="hub-tab is-active" aria-current="page">
                {tab.label}
              </Link>
            ) : (
              <NavLink key={tab.to} to={to} end={tab.end} className={({ isActive }) => `hub-tab${isActive ? ' is-active' : ''}`}>
                {tab.label}
              </NavLink>
            );
          })}
        </nav>
        <ProblemBanner problem={hub.problem} />
        {hub.loading ? <Loading label="Opening the product…" /> : <Outlet />}
      </div>
    </HubContext.Provider>
  );
}

export default HubLayout;
