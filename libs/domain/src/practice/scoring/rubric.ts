import { ITEM_RUBRIC_RULES, type ItemDraft, type ItemRubricRule } from '../types';

/**
 * The C5.7 rubric over free text: an item describes a desired outcome (measurable, time-bound,
 * not phrased as output) and a value, with acceptance criteria a tester can check. Plain pattern
 * rules, so a learner can always be told which rule failed and why.
 */

export const ITEM_RUBRIC_LABELS: Readonly<Record<ItemRubricRule, string>> = {
  OUTCOME_MEASURABLE: 'Measurable target',
  OUTCOME_TIME_BOUND: 'Time-bound',
  OUTCOME_NOT_OUTPUT: 'Outcome, not output',
  OUTCOME_ON_TOPIC: 'About this scenario',
  CRITERIA_TESTABLE: 'Testable acceptance criteria',
  VALUE_STATED: 'Value stated',
};

export interface RubricCheck {
  readonly rule: ItemRubricRule;
  readonly passed: boolean;
  /** What was found, or exactly what is missing. */
  readonly message: string;
}

const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

// ---- time -----------------------------------------------------------------------------------

const NUM = String.raw`(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)`;
const UNIT = String.raw`(?:days?|weeks?|months?|quarters?|sprints?|years?|releases?|iterations?)`;
const MONTH = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

const TIME_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:within|in|over|for|after|by|before|until|during|inside)\s+(?:(?:the\s+)?(?:next|first|coming|following|this)\s+(?:${NUM}\s+)?|${NUM}\s+)${UNIT}\b`, 'g'),
  new RegExp(String.raw`\b${NUM}\s+${UNIT}\s+(?:after|from|of|since|post)\b`, 'g'),
  new RegExp(String.raw`\bend\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|sprint|year|release|season)\b`, 'g'),
  new RegExp(String.raw`\b(?:this|next)\s+(?:week|month|quarter|sprint|year|release)\b`, 'g'),
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
  /\b[qh][1-4](?:\s*(?:\d{4}|'\d{2}))?\b/g,
  new RegExp(String.raw`\b(?:${DAY}\s+(?:of\s+)?)?${MONTH}\b(?:\s+${DAY}\b)?(?:,?\s+\d{4})?`, 'g'),
  // "may" is also a verb: only with a day or a year beside it, or after a preposition of time.
  new RegExp(String.raw`\b(?:${DAY}\s+(?:of\s+)?may\b(?:,?\s+\d{4})?|may\s+${DAY}\b(?:,?\s+\d{4})?|may\s+\d{4}\b|(?:by|before|until|in|end of|from|after)\s+may\b)`, 'g'),
  /\b(?:in|by|before|until|during|end of)\s+20\d{2}\b/g,
  /\b(?:by|in|before|until)\s+(?:week|sprint)\s+\d+\b/g,
  /\b(?:by|before|until|in|for)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall|holiday|christmas)(?:\s+season)?\b/g,
];

function timeMatches(text: string): string[] {
  return TIME_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

/** The first date or period in the text ("within 6 weeks", "by 2025-09-30", "end of Q3"), or null. */
export function findTimeBound(text: string): string | null {
  return timeMatches(normalise(text))[0] ?? null;
}

// ---- numbers --------------------------------------------------------------------------------

const NUMBER = /(?<!\p{L})\d+(?:[.,]\d+)*(?:\s?%|x|k|pp|ms|s|h|min)?(?!\p{L})/u;

/** The first number in the text that is not part of a date or period ("from 12 % to 20 %" → "12 %"), or null. */
export function findMeasurableTarget(text: string): string | null {
  let rest = normalise(text);
  for (const phrase of timeMatches(rest)) rest = rest.replace(phrase, ' ');
  return NUMBER.exec(rest)?.[0] ?? null;
}

// ---- output phrasing ------------------------------------------------------------------------

function forms(lemma: string, ...irregular: string[]): string[] {
  const s = /(?:sh|ch|x|s)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, s, `${stem}ed`, `${stem}ing`, ...irregular];
}

const OUTPUT_VERBS: ReadonlyMap<string, string> = new Map(
  [
    ['build', ...forms('build', 'built')],
    ['rebuild', ...forms('rebuild', 'rebuilt')],
    ['add', ...forms('add')],
    ['implement', ...forms('implement')],
    ['create', ...forms('create')],
    ['develop', ...forms('develop')],
    ['ship', 'ship', 'ships', 'shipped', 'shipping'],
    ['deliver', ...forms('deliver')],
    ['launch', ...forms('launch')],
    ['release', ...forms('release')],
    ['deploy', ...forms('deploy')],
    ['code', ...forms('code')],
    ['write', 'write', 'writes', 'wrote', 'written', 'writing'],
    ['rewrite', 'rewrite', 'rewrites', 'rewrote', 'rewritten', 'rewriting'],
    ['design', ...forms('design')],
    ['redesign', ...forms('redesign')],
    ['refactor', ...forms('refactor')],
    ['make', 'make', 'makes', 'made', 'making'],
    ['introduce', ...forms('introduce')],
    ['integrate', ...forms('integrate')],
    ['install', ...forms('install')],
    ['migrate', ...forms('migrate')],
    ['provide', ...forms('provide')],
    ['upgrade', ...forms('upgrade')],
    ['construct', ...forms('construct')],
    ['produce', ...forms('produce')],
    ['offer', ...forms('offer')],
    ['program', 'program', 'programs', 'programmed', 'programming'],
  ].flatMap(([lemma, ...surface]) => surface.map((form) => [form, lemma as string] as const)),
);

const PHRASAL_OUTPUT = /^(set(?:s|ting)? up|roll(?:s|ed|ing)? out|put(?:s|ting)? in place)\b/;

const PREFIXES: readonly RegExp[] = [
  /^(?:[-*\u2022]|\d+[.)])\s*/,
  /^(?:desired\s+)?(?:outcome|goal|result)\s*[:\-\u2013]\s*/,
  /^(?:so that|in order to|to)\s+/,
  /^(?:let's|let us|please)\s+/,
  /^(?:we|i|the team|our team|the developers|developers|the product owner|the po|they)\s+(?:will|want to|wants to|need to|needs to|should|must|shall|are going to|is going to|plan to|plans to|would like to|can|are|is)?\s*/,
  /^(?:will|should|must|shall)\s+/,
];

const PASSIVE_OUTPUT =
  /^(?:\S+\s+){1,5}?(?:is|are|gets|get|will be|has been|have been|should be|must be)\s+(built|added|implemented|created|developed|shipped|delivered|launched|released|deployed|introduced|integrated|installed|migrated|made available|rolled out|set up|written|coded|designed|redesigned|rebuilt|provided|upgraded)\b/;

export interface OutputPhrasing {
  /** The words that give it away: "build", "a new", "is implemented". */
  readonly phrase: string;
  readonly reason: string;
}

/**
 * Whether an outcome is phrased as output: it starts with an output verb (build, add, implement,
 * create, develop, ship… in any form, after "we will", "to", "Outcome:"), names a new thing
 * ("a new dashboard"), or says a thing gets built ("the export is implemented").
 */
export function findOutputPhrasing(outcome: string): OutputPhrasing | null {
  let text = normalise(outcome);
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      const next = text.replace(prefix, '');
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  const firstWord = /^[\p{L}'-]+/u.exec(text)?.[0] ?? '';
  const lemma = OUTPUT_VERBS.get(firstWord);
  if (lemma !== undefined) {
    const verb = lemma === firstWord ? `"${firstWord}"` : `"${firstWord}" (${lemma})`;
    return { phrase: firstWord, reason: `it starts with the output verb ${verb}, which says what the team makes, not what changes for people` };
  }
  const phrasal = PHRASAL_OUTPUT.exec(text)?.[0];
  if (phrasal !== undefined) return { phrase: phrasal, reason: `it starts with "${phrasal}", which says what the team makes, not what changes for people` };
  const newThing = /^(?:(?:a|an|the|our)\s+)?(?:brand[- ])?new\s+[\p{L}-]+/u.exec(text)?.[0];
  if (newThing !== undefined) return { phrase: newThing, reason: `it names a new thing ("${newThing}") instead of a change in behaviour or results` };
  const passive = PASSIVE_OUTPUT.exec(text);
  if (passive) return { phrase: passive[0], reason: `it says something gets ${passive[1]}: delivery, not a result` };
  return null;
}

// ---- acceptance criteria --------------------------------------------------------------------

const VAGUE = /\b(user[- ]friendly|intuitive(?:ly)?|fast|quick(?:ly)?|easy|easily|simple|nice|better|seamless(?:ly)?|modern|robust|appropriate(?:ly)?|as expected|properly|good|etc)\b/;

const criteriaLines = (criteria: string | readonly string[]): string[] =>
  (typeof criteria === 'string' ? criteria.split(/\r?\n/) : [...criteria]).map(normalise).filter((line) => line.length > 0);

/** Null when a tester could check the criteria (Given/When/Then or a number), otherwise what is wrong. */
export function findUntestableCriteria(criteria: string | readonly string[]): string | null {
  const lines = criteriaLines(criteria);
  if (lines.length === 0) return 'there are no acceptance criteria';
  for (const line of lines) {
    const vague = VAGUE.exec(line)?.[1];
    if (vague !== undefined && !NUMBER.test(line)) return `"${vague}" cannot be checked: say what a tester would observe, or give a number`;
  }
  const all = lines.join(' ');
  const scenario = /\bwhen\b.*\bthen\b/.test(all);
  if (!scenario && !NUMBER.test(all)) return 'no criterion is a Given/When/Then scenario or a measurable check with a number a tester can compare';
  return null;
}

// ---- value ----------------------------------------------------------------------------------

const BENEFICIARY =
  /\b(customers?|users?|members?|buyers?|shoppers?|patients?|clinics?|owners?|riders?|drivers?|hikers?|subscribers?|accountants?|freelancers?|staff|agents?|teams?|developers?|business|company|revenue|margin|costs?|churn|retention|support|sales|time|hours?|minutes?|risk|money|trust|compliance|fines?|we|our|us|they|their|them|saves?|earns?|loses?|lose)\b/;

export function findValueGap(value: string): string | null {
  const text = normalise(value);
  const words = text.split(' ').filter((w) => w.length > 0).length;
  if (words === 0) return 'no value written: say who benefits and how';
  if (words < 5) return `the value is ${words} ${words === 1 ? 'word' : 'words'} long; say who benefits and how, in a sentence of 5 words or more`;
  if (!BENEFICIARY.test(text)) return 'the value names no one who benefits (customers, users, the business, the team) and no gain (revenue, cost, time, risk)';
  return null;
}

// ---- the rubric -----------------------------------------------------------------------------

export interface RubricOptions {
  /** The rules to apply (default: all). */
  readonly rules?: readonly ItemRubricRule[];
  /** OUTCOME_ON_TOPIC: the outcome must mention one of these; the rule passes when none are given. */
  readonly topicWords?: readonly string[];
}

export function checkItemDraft(draft: ItemDraft, options: RubricOptions = {}): RubricCheck[] {
  const rules = options.rules ?? ITEM_RUBRIC_RULES;
  const outcome = normalise(draft.outcome);
  const noOutcome = outcome.length === 0;
  const check = (rule: ItemRubricRule): RubricCheck => {
    const result = (passed: boolean, message: string): RubricCheck => ({ rule, passed, message });
    switch (rule) {
      case 'OUTCOME_MEASURABLE': {
        if (noOutcome) return result(false, 'no outcome written');
        const number = findMeasurableTarget(outcome);
        return number === null
          ? result(false, 'apart from dates, the outcome has no number to reach; give a target, e.g. "from 12 % to 20 %"')
          : result(true, `target "${number}"`);
      }
      case 'OUTCOME_TIME_BOUND': {
        if (noOutcome) return result(false, 'no outcome written');
        const when = findTimeBound(outcome);
        return when === null ? result(false, 'the outcome says no date or period by which to check it, e.g. "by 2025-09-30" or "within 6 weeks of release"') : result(true, `checked "${when}"`);
      }
      case 'OUTCOME_NOT_OUTPUT': {
        if (noOutcome) return result(false, 'no outcome written');
        const output = findOutputPhrasing(outcome);
        return output === null ? result(true, 'the outcome describes a change, not a deliverable') : result(false, `the outcome is phrased as output, because ${output.reason}`);
      }
      case 'OUTCOME_ON_TOPIC': {
        const words = options.topicWords ?? [];
        if (words.length === 0) return result(true, 'no topic to match');
        if (noOutcome) return result(false, 'no outcome written');
        const hit = words.find((w) => outcome.includes(normalise(w)));
        return hit === undefined ? result(false, `the outcome does not mention what this scenario is about, e.g. ${words.slice(0, 3).map((w) => `"${w}"`).join(', ')}`) : result(true, `about "${hit}"`);
      }
      case 'CRITERIA_TESTABLE': {
        const problem = findUntestableCriteria(draft.acceptanceCriteria);
        return problem === null ? result(true, 'a tester can check the criteria') : result(false, problem);
      }
      case 'VALUE_STATED': {
        const gap = findValueGap(draft.value);
        return gap === null ? result(true, 'the value says who benefits and how') : result(false, gap);
      }
    }
  };
  return rules.map(check);
}
