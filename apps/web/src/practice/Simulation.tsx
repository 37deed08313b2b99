import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DEFAULT_SCENARIO, describeParameters, runSimulation, SimulationParameterError, type SimulationParams } from '@backlog-studio/domain';
import { useDocumentTitle } from '../components/AppLayout';
import { formatCount } from '../lib/format';
import { SavedRuns, SaveRunForm } from './SavedRuns';
import { Charts, type LabelledRun, TotalsTable } from './SimulationCharts';
import { type Choices, ParameterSlider, SeedField, selectedStrategies, StrategyPicker } from './SimulationControls';
import { strategyFor, strategyLabel } from './simulation-view';
import './practice.css';

const PARAMETERS = describeParameters();

/** `/practice/simulation`: the coach's outcome-versus-output simulation (C5.1, C5.2). */
export default function SimulationScreen() {
  useDocumentTitle('Outcome vs output simulation');
  const [params, setParams] = useState<SimulationParams>({ ...DEFAULT_SCENARIO });
  const [choices, setChoices] = useState<Choices>({
    featureFactory: true,
    factoryOrder: 'SMALLEST_FIRST',
    outcomeFirst: true,
    custom: false,
    customBasis: 'EXPERIMENTS_FIRST',
    customMeasure: true,
  });
  // Sliders stay responsive: the runs follow a moment later when the machine is busy.
  const input = useMemo(() => ({ params, choices }), [params, choices]);
  const live = useDeferredValue(input);
  const outcome = useMemo((): { runs: LabelledRun[]; error: string | null } => {
    try {
      const runs = selectedStrategies(live.choices).map((choice) => ({
        choice,
        label: strategyLabel(choice),
        run: runSimulation(live.params, strategyFor(choice, live.params)),
      }));
      return { runs, error: null };
    } catch (e) {
      if (e instanceof SimulationParameterError) return { runs: [], error: e.message };
      throw e;
    }
  }, [live]);
  const set = (key: keyof SimulationParams) => (value: number) => setParams((p) => ({ ...p, [key]: value }));
  const { runs } = outcome;

  return (
    <div className="page pr-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>Simulation</span>
      </nav>
      <div className="page-head">
        <div>
          <h1>Outcome vs output simulation</h1>
          <p className="muted">
            The same generated product, built sprint by sprint under different strategies. Output is what ships; outcome is the value it realises. Change a parameter and every run follows.
          </p>
        </div>
      </div>
      <div className="pr-sim">
        <aside className="card pr-sim-controls" aria-label="Parameters and strategies">
          <h2 className="pr-subhead">Parameters</h2>
          {PARAMETERS.map((p) =>
            p.key === 'seed' ? (
              <SeedField key={p.key} seed={params.seed} onChange={set('seed')} />
            ) : (
              <ParameterSlider key={p.key} p={p} value={params[p.key]} onChange={set(p.key)} />
            ),
          )}
          <button type="button" className="btn btn-small" onClick={() => setParams({ ...DEFAULT_SCENARIO })}>
            Back to the default scenario
          </button>
          <StrategyPicker choices={choices} onChange={setChoices} />
        </aside>
        <section className="pr-sim-output" aria-labelledby="sim-results-title" data-testid="sim-output">
          <h2 id="sim-results-title">
            Results <span className="small muted">seed {live.params.seed}</span>
          </h2>
          {outcome.error ? <p className="field-error">{outcome.error}</p> : null}
          {runs.length === 0 ? (
            <p className="muted">Pick at least one strategy.</p>
          ) : (
            <>
              <ul className="pr-sim-summary" data-testid="sim-summary" aria-live="polite">
                {runs.map((r) => (
                  <li key={r.label}>
                    <strong>{r.label}:</strong> {formatCount(r.run.totals.itemsShipped)} items shipped (output), {formatCount(r.run.totals.valueRealised)} value realised (outcome),{' '}
                    {formatCount(r.run.totals.goalProgress)} % of the goal, {formatCount(r.run.totals.wastePoints)} points of waste.
                  </li>
                ))}
              </ul>
              <Charts runs={runs} goal={live.params.goalTarget} prefix="sim" />
              <TotalsTable runs={runs} />
              <details className="pr-reference">
                <summary>What each team did, in words</summary>
                {runs.map((r) => (
                  <div key={r.label} className="pr-explain">
                    <h3 className="pr-subhead">{r.label}</h3>
                    <ul>
                      {r.run.explanation.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </details>
              <SaveRunForm runs={runs} params={live.params} />
            </>
          )}
        </section>
      </div>
      <SavedRuns onLoad={(p) => setParams({ ...p })} />
    </div>
  );
}
