import { type FormEvent, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { runSimulation, type SimulationParams } from '@backlog-studio/domain';
import { toProblem, type Problem } from '../api/errors';
import { SaveSimulationRunDocument, SimulationRunsDocument } from '../api/generated/graphql';
import { ProblemBanner, Spinner } from '../components/ui';
import { formatCount, formatDateTime } from '../lib/format';
import { type ChartRun, Charts, type LabelledRun } from './SimulationCharts';
import { readSavedRun, type SavedRun, strategyJson } from './simulation-view';

const RUNS_CONTEXT = { additionalTypenames: ['SimulationRunModel'] };

/** Saves one strategy's run; the server replays it and keeps its own totals. */
export function SaveRunForm({ runs, params }: { runs: readonly LabelledRun[]; params: SimulationParams }) {
  const [index, setIndex] = useState(0);
  const [name, setName] = useState('');
  const [saving, save] = useMutation(SaveSimulationRunDocument);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');
  const chosen = runs[Math.min(index, runs.length - 1)];
  const defaultName = chosen ? `${chosen.label}, seed ${params.seed}` : '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setProblem(null);
    const runName = name.trim() || defaultName;
    const res = await save(
      { input: { name: runName, params: JSON.stringify(params), strategy: JSON.stringify(strategyJson(chosen.choice, params)) } },
      RUNS_CONTEXT,
    );
    if (res.error || !res.data) {
      setProblem(toProblem(res.error));
      return;
    }
    const server = JSON.parse(res.data.saveSimulationRun.totals) as { valueRealised?: number; itemsShipped?: number };
    const same = server.valueRealised === chosen.run.totals.valueRealised && server.itemsShipped === chosen.run.totals.itemsShipped;
    setStatus(`Saved “${runName}”.${same ? ' The server replayed it to the same totals.' : ' The server’s totals differ from the ones here: it keeps its own.'}`);
    setName('');
  };
  return (
    <form className="pr-save" onSubmit={(e) => void submit(e)} aria-labelledby="save-title">
      <h3 id="save-title">Save a run</h3>
      <div className="pr-save-row">
        <div className="pr-pick">
          <label htmlFor="save-strategy" className="pr-pick-label">
            Strategy
          </label>
          <select id="save-strategy" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {runs.map((r, i) => (
              <option key={i} value={i}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="pr-pick pr-save-name">
          <label htmlFor="save-name" className="pr-pick-label">
            Name
          </label>
          <input id="save-name" value={name} placeholder={defaultName} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={saving.fetching || !chosen}>
          {saving.fetching ? <Spinner size={14} /> : null} Save run
        </button>
      </div>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(null)} />
      <p role="status" className="small" data-testid="save-status">
        {status}
      </p>
    </form>
  );
}

/** The saved runs, newest first: tick two or more to replay them on the same charts, or load their parameters. */
export function SavedRuns({ onLoad }: { onLoad: (params: SimulationParams) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: SimulationRunsDocument, context: RUNS_CONTEXT });
  const saved = useMemo(() => (data?.simulationRuns ?? []).map(readSavedRun).filter((r): r is SavedRun => r !== null), [data]);
  const [picked, setPicked] = useState<string[]>([]);
  const compared: ChartRun[] = useMemo(
    () => saved.filter((s) => picked.includes(s.id)).map((s) => ({ label: s.name, run: runSimulation(s.params, s.strategy) })),
    [saved, picked],
  );
  return (
    <section className="card pr-saved" aria-labelledby="saved-title" data-testid="saved-runs">
      <h2 id="saved-title">Saved runs</h2>
      <ProblemBanner problem={toProblem(error)} />
      {saved.length === 0 ? (
        <p className="muted small">{fetching ? 'Loading…' : 'No run saved yet. Save one above to compare it later.'}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="pr-table">
              <caption className="small muted">Newest first. Tick runs to compare them on one chart; the totals are the server’s.</caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Name</th>
                  <th scope="col">Strategy</th>
                  <th scope="col">Seed</th>
                  <th scope="col" className="num">
                    Items shipped
                  </th>
                  <th scope="col" className="num">
                    Value realised
                  </th>
                  <th scope="col" className="num">
                    Goal
                  </th>
                  <th scope="col" className="num">
                    Waste (points)
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {saved.map((s) => (
                  <tr key={s.id} data-testid="saved-run">
                    <td>
                      <input
                        type="checkbox"
                        id={`compare-${s.id}`}
                        aria-label={`Compare ${s.name}`}
                        checked={picked.includes(s.id)}
                        onChange={(e) => setPicked((p) => (e.target.checked ? [...p, s.id] : p.filter((id) => id !== s.id)))}
                      />
                    </td>
                    <th scope="row">
                      {s.name}
                      <span className="small muted pr-block">{formatDateTime(s.createdAt)}</span>
                    </th>
                    <td>{s.strategyLabel}</td>
                    <td>{s.params.seed}</td>
                    <td className="num">{formatCount(s.totals.itemsShipped)}</td>
                    <td className="num">{formatCount(s.totals.valueRealised)}</td>
                    <td className="num">{formatCount(s.totals.goalProgress)} %</td>
                    <td className="num">{formatCount(s.totals.wastePoints)}</td>
                    <td>
                      <button type="button" className="btn btn-small" onClick={() => onLoad(s.params)}>
                        Load<span className="visually-hidden"> the parameters of {s.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {compared.length ? <Charts runs={compared} goal={compared[0]?.run.params.goalTarget ?? 0} prefix="saved" /> : null}
        </>
      )}
    </section>
  );
}
