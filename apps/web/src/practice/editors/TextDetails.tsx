import type { TextElement } from '@backlog-studio/domain';

/** The labelled fields of an element (an item's outcome, value, criteria; an assumption's evidence). */
export function TextDetails({ element }: { element: TextElement }) {
  if (!element.details?.length) return null;
  return (
    <dl className="pr-details">
      {element.details.map((d) => (
        <div key={d.label} className="pr-details-row">
          <dt>{d.label}</dt>
          <dd>{d.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An element's text with its title first when it has one. */
export function ElementText({ element, id }: { element: TextElement; id?: string }) {
  return (
    <div className="pr-element-text" id={id}>
      {element.title ? <strong className="pr-element-title">{element.title}</strong> : null}
      {element.title && element.title !== element.text ? <span> {element.text}</span> : element.title ? null : <span>{element.text}</span>}
      <TextDetails element={element} />
    </div>
  );
}

/** How an element is named in feedback and in aria labels: its title, else its text. */
export const nameOf = (element: TextElement): string => element.title ?? element.text;
