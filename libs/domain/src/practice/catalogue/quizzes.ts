import type { Exercise } from '../types';
import { quiz } from './build';

/** C3.4 what makes discovery succeed, C4.1 how Scrum supports validating assumptions. */

export const QUIZZES: readonly Exercise[] = [
  quiz({ id: 'c3.4-quiz-001', objective: 'C3.4', title: 'Discovery: when, who, from what', prompt: 'Answer each question.' }, [
    { id: 'q1', text: 'When does product discovery happen in a Scrum product?', options: [
      { id: 'a', correct: true, text: 'Continuously, alongside delivery, every sprint.', why: 'Discovery that keeps pace with delivery lets every sprint\u2019s decisions rest on fresh learning.' },
      { id: 'b', text: 'In a discovery phase before development starts.', why: 'A phase up front freezes what was learned once; markets and users keep changing.' },
      { id: 'c', text: 'Only when a new product is launched.', why: 'Existing products need discovery too: most value decisions happen after launch.' },
      { id: 'd', text: 'When the backlog runs out of items.', why: 'Then it is too late: the backlog was filled without it.' },
    ] },
    { id: 'q2', text: 'Who should take part in discovery?', options: [
      { id: 'a', text: 'The product owner alone, who then hands the findings to the team.', why: 'Hand-offs lose the context developers need to find good solutions.' },
      { id: 'b', correct: true, text: 'The product owner with developers and designers, talking to customers together.', why: 'A cross-functional group sees what is valuable, usable and feasible at once.' },
      { id: 'c', text: 'A separate research department.', why: 'Research far from the team turns into reports that nobody acts on.' },
      { id: 'd', text: 'Sales, because they talk to customers most.', why: 'Sales hears buying objections, not the whole problem; and it is another hand-off.' },
    ] },
    { id: 'q3', text: 'What should discovery start from?', options: [
      { id: 'a', text: 'The list of feature requests.', why: 'Requests are solutions someone already picked; discovery asks what problem they solve.' },
      { id: 'b', correct: true, text: 'The problem, the desired outcome and the riskiest assumptions.', why: 'Knowing the outcome and the riskiest assumptions tells you what to learn first.' },
      { id: 'c', text: 'The competitor\u2019s feature list.', why: 'Copying features copies someone else\u2019s guesses about other customers.' },
      { id: 'd', text: 'The technical architecture.', why: 'Feasibility matters, but it does not tell you what is worth building.' },
    ] },
  ]),
  quiz({ id: 'c3.4-quiz-002', objective: 'C3.4', title: 'Discovery that drives success', prompt: 'Answer each question.' }, [
    { id: 'q1', text: 'Ledgerly interviews customers once a year in a big study. What would most improve its discovery?', options: [
      { id: 'a', correct: true, text: 'Small, frequent touchpoints (say, weekly) so learning keeps pace with decisions.', why: 'Frequent contact means each decision can use recent evidence.' },
      { id: 'b', text: 'A bigger yearly study with more participants.', why: 'More data, still a year old by the time most decisions are made.' },
      { id: 'c', text: 'An online suggestion box.', why: 'It collects requests, not understanding of problems.' },
      { id: 'd', text: 'Hiring a second researcher to write longer reports.', why: 'Reports are not the bottleneck; contact and frequency are.' },
    ] },
    { id: 'q2', text: 'Which sign shows that discovery is working?', options: [
      { id: 'a', text: 'Every idea that enters discovery gets built.', why: 'Then discovery is only confirming; it should filter.' },
      { id: 'b', correct: true, text: 'Ideas are dropped or changed before they are built.', why: 'Killing or reshaping ideas cheaply is the point of discovery.' },
      { id: 'c', text: 'The backlog keeps growing.', why: 'A growing backlog is often a sign of too little filtering.' },
      { id: 'd', text: 'Stakeholders stop asking questions.', why: 'Silence is not validation.' },
    ] },
    { id: 'q3', text: 'Why validate the problem before the solution?', options: [
      { id: 'a', text: 'Because solutions are cheap to change later.', why: 'Built solutions are the expensive part to change.' },
      { id: 'b', text: 'Because stakeholders ask for it.', why: 'The reason is economic, not political.' },
      { id: 'c', correct: true, text: 'A great solution to a problem nobody has delivers no outcome.', why: 'The desirability of the problem bounds the value of any solution.' },
      { id: 'd', text: 'Because developers prefer it.', why: 'It is about value, not team preference.' },
    ] },
  ]),

  quiz({ id: 'c4.1-quiz-001', objective: 'C4.1', title: 'Scrum as a validation loop', prompt: 'Answer each question.' }, [
    { id: 'q1', text: 'Which Scrum event inspects the increment with stakeholders and adapts the Product Backlog?', options: [
      { id: 'a', text: 'Daily Scrum', why: 'The Daily Scrum inspects progress toward the Sprint Goal, among the developers.' },
      { id: 'b', correct: true, text: 'Sprint Review', why: 'Stakeholders and team inspect the outcome and decide what to do next: assumptions meet reality.' },
      { id: 'c', text: 'Sprint Retrospective', why: 'The retrospective improves how the team works, not the product.' },
      { id: 'd', text: 'Sprint Planning', why: 'Planning decides what to do; the review inspects what was learned.' },
    ] },
    { id: 'q2', text: 'How does a short sprint help validate assumptions?', options: [
      { id: 'a', correct: true, text: 'It limits how much is built on an untested assumption before feedback.', why: 'At most one sprint of work rests on an assumption before it can be checked.' },
      { id: 'b', text: 'It makes the team work faster.', why: 'Sprint length does not change speed; it changes how often you learn.' },
      { id: 'c', text: 'It guarantees every feature is used.', why: 'Nothing guarantees that; short cycles make it visible sooner.' },
      { id: 'd', text: 'It removes the need for experiments.', why: 'Shipping increments is one way to learn, not a reason to stop experimenting.' },
    ] },
    { id: 'q3', text: 'Where does an experiment that tests an assumption belong?', options: [
      { id: 'a', text: 'Outside Scrum, in a separate innovation lab.', why: 'Separating learning from the backlog means learning does not change the order.' },
      { id: 'b', correct: true, text: 'In the Product Backlog, ordered like any item, with its success criterion.', why: 'Experiments compete for capacity like other work and their result feeds the order.' },
      { id: 'c', text: 'In the Sprint Retrospective.', why: 'The retrospective is about the team\u2019s process.' },
      { id: 'd', text: 'In the Definition of Done.', why: 'The Definition of Done describes quality, not what to learn.' },
    ] },
  ]),
  quiz({ id: 'c4.1-quiz-002', objective: 'C4.1', title: 'When the result says no', prompt: 'Answer each question.' }, [
    { id: 'q1', text: 'The Sprint Review shows reminders did not lower no-shows. What does Scrum suggest?', options: [
      { id: 'a', text: 'Keep building the planned reminder features; the roadmap was agreed.', why: 'Ignoring evidence defeats the point of inspecting it.' },
      { id: 'b', correct: true, text: 'Adapt the Product Backlog: drop or change the follow-ups and test another hypothesis.', why: 'Inspection leads to adaptation: the backlog changes with what was learned.' },
      { id: 'c', text: 'Extend the sprint until the numbers improve.', why: 'Sprints have a fixed length; moving the end hides the result.' },
      { id: 'd', text: 'Cancel the Product Goal immediately.', why: 'One failed idea does not make the goal wrong; try another way first.' },
    ] },
    { id: 'q2', text: 'Validating assumptions is Scrum\u2019s empiricism at work. What are its three pillars?', options: [
      { id: 'a', text: 'Commitment, focus, openness.', why: 'These are Scrum values, not the pillars of empiricism.' },
      { id: 'b', text: 'Plan, do, check.', why: 'A related cycle, but not Scrum\u2019s pillars.' },
      { id: 'c', correct: true, text: 'Transparency, inspection, adaptation.', why: 'Make the result visible, inspect it, adapt the plan.' },
      { id: 'd', text: 'Value, effort, risk.', why: 'Ordering inputs, not pillars.' },
    ] },
    { id: 'q3', text: 'When should an experiment\u2019s success criterion be set?', options: [
      { id: 'a', correct: true, text: 'Before it runs, so the result cannot be explained away afterwards.', why: 'A criterion declared in advance keeps the team honest about the result.' },
      { id: 'b', text: 'After the data is in, once you know what is realistic.', why: 'Then any result can be called a success.' },
      { id: 'c', text: 'Only if the stakeholders ask for one.', why: 'The team needs it to learn, whoever asks.' },
      { id: 'd', text: 'Never: experiments are for exploring.', why: 'Exploration without a criterion rarely changes a decision.' },
    ] },
  ]),
];
