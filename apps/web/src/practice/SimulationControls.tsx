import { useState } from 'react';
import { describeParameters, SIMULATION_STRATEGIES, type SimulationParameterInfo } from '@backlog-studio/domain';
import { formatCount } from '../lib/format';
import { CUSTOM_BASES, type CustomBasis, type StrategyChoice } from './simulation-view';

const SEED_MAX = describeParameters().find((p) => p.key === 'seed')?.max ?? 4_294_967_295;

const valueText = (p: SimulationParameterInfo, value: number): string =>
  `${p.integer ? formatCount(value) : value.toFixed(p.step < 0.1 ? 2 : 1)}${p.unit ? ` ${p.unit}` : ''}`;

/** One slider per parameter, labelled, with its value and what it means; arrows move it by one step. */
export function ParameterSlider({ p, value, onChange }: { p: SimulationParameterInfo; value: number; onChange: (v: number) => void }) {
  const id = `sim-${p.key}`;
  return (
    <div className="pr-param">
      <div className="pr-param-head">
        <label htmlFor={id} className="field-label">
          {p.label}
        </label>
        <output htmlFor={id} className="pr-param-value" data-testid={`param-${p.key}`}>
          {valueText(p, value)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={p.min}
        max={p.max}
        step={p.step}
        value={value}
        aria-valuetext={valueText(p, value)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {p.description}
      </p>
    </div>
  );
}

export function SeedField({ seed, onChange }: { seed: number; onChange: (seed: number) => void }) {
  const [text, setText] = useState(String(seed));
  const [shown, setShown] = useState(seed);
  // A new seed from outside (the button, a loaded run) replaces what was typed.
  if (shown !== seed) {
    setShown(seed);
    setText(String(seed));
  }
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= SEED_MAX;
  return (
    <div className="pr-param">
      <div className="field">
        <label htmlFor="sim-seed" className="field-label">
          Seed
        </label>
        <div className="input-row">
          <input
            id="sim-seed"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? 'sim-seed-hint' : 'sim-seed-error sim-seed-hint'}
            onChange={(e) => {
              setText(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value.trim() !== '' && Number.isInteger(v) && v >= 0 && v <= SEED_MAX) {
                setShown(v);
                onChange(v);
              }
            }}
          />
          <button type="button" className="btn" onClick={() => onChange(Math.floor(Math.random() * 1_000_000))}>
            New seed
          </button>
        </div>
        {valid ? null : (
          <p className="field-error" id="sim-seed-error">
            A whole number from 0 to {formatCount(SEED_MAX)}.
          </p>
        )}
        <p className="field-hint" id="sim-seed-hint">
          The same seed and parameters always replay the same product; change it to see another plausible world.
        </p>
      </div>
    </div>
  );
}

export interface Choices {
  featureFactory: boolean;
  factoryOrder: 'SMALLEST_FIRST' | 'BACKLOG_ORDER';
  outcomeFirst: boolean;
  custom: boolean;
  customBasis: CustomBasis;
  customMeasure: boolean;
}

export function selectedStrategies(c: Choices): StrategyChoice[] {
  const list: StrategyChoice[] = [];
  if (c.featureFactory) list.push({ kind: 'FEATURE_FACTORY', order: c.factoryOrder });
  if (c.outcomeFirst) list.push({ kind: 'OUTCOME_FIRST' });
  if (c.custom) list.push({ kind: 'CUSTOM', basis: c.customBasis, measure: c.customMeasure });
  return list;
}

export function StrategyPicker({ choices, onChange }: { choices: Choices; onChange: (c: Choices) => void }) {
  const set = (patch: Partial<Choices>) => onChange({ ...choices, ...patch });
  return (
    <fieldset className="pr-fieldset pr-strategies">
      <legend className="pr-legend">Strategies to compare</legend>
      <p className="small muted">Pick two or more: they run on the same generated product and share one chart.</p>
      <div className="pr-strategy">
        <div className="pr-option-control">
          <input id="sim-ff" type="checkbox" checked={choices.featureFactory} onChange={(e) => set({ featureFactory: e.target.checked })} aria-describedby="sim-ff-hint" />
          <label htmlFor="sim-ff">{SIMULATION_STRATEGIES.FEATURE_FACTORY.label}</label>
        </div>
        <p className="field-hint" id="sim-ff-hint">
          {SIMULATION_STRATEGIES.FEATURE_FACTORY.description}
        </p>
        <div className="pr-pick">
          <label htmlFor="sim-ff-order" className="pr-pick-label">
            Feature factory order
          </label>
          <select id="sim-ff-order" value={choices.factoryOrder} disabled={!choices.featureFactory} onChange={(e) => set({ factoryOrder: e.target.value as Choices['factoryOrder'] })}>
            <option value="SMALLEST_FIRST">Smallest first</option>
            <option value="BACKLOG_ORDER">Backlog order</option>
          </select>
        </div>
      </div>
      <div className="pr-strategy">
        <div className="pr-option-control">
          <input id="sim-of" type="checkbox" checked={choices.outcomeFirst} onChange={(e) => set({ outcomeFirst: e.target.checked })} aria-describedby="sim-of-hint" />
          <label htmlFor="sim-of">{SIMULATION_STRATEGIES.OUTCOME_FIRST.label}</label>
        </div>
        <p className="field-hint" id="sim-of-hint">
          {SIMULATION_STRATEGIES.OUTCOME_FIRST.description}
        </p>
      </div>
      <div className="pr-strategy">
        <div className="pr-option-control">
          <input id="sim-custom" type="checkbox" checked={choices.custom} onChange={(e) => set({ custom: e.target.checked })} aria-describedby="sim-custom-hint" />
          <label htmlFor="sim-custom">Custom order</label>
        </div>
        <p className="field-hint" id="sim-custom-hint">
          {SIMULATION_STRATEGIES.CUSTOM.description}
        </p>
        <div className="pr-pick">
          <label htmlFor="sim-custom-basis" className="pr-pick-label">
            Custom order
            <span className="visually-hidden"> basis</span>
          </label>
          <select id="sim-custom-basis" value={choices.customBasis} disabled={!choices.custom} onChange={(e) => set({ customBasis: e.target.value as CustomBasis })}>
            {(Object.keys(CUSTOM_BASES) as CustomBasis[]).map((b) => (
              <option key={b} value={b}>
                {CUSTOM_BASES[b]}
              </option>
            ))}
          </select>
        </div>
        <div className="pr-option-control">
          <input id="sim-custom-measure" type="checkbox" checked={choices.customMeasure} disabled={!choices.custom} onChange={(e) => set({ customMeasure: e.target.checked })} />
          <label htmlFor="sim-custom-measure">Measure every release (stop at the goal, skip items shown worthless)</label>
        </div>
      </div>
    </fieldset>
  );
}
