// One card of the deck: where it comes from, and after the reveal, the lesson; in quiz mode the
// "would you post this?" answer and whether it was right.
import type { Scenario } from './scenarios';
import type { Verdict } from './deck';
import { verdictOf } from './deck';

export interface QuizState {
  answer?: Verdict;
  right: number;
  answered: number;
}

interface Props {
  scenario: Scenario;
  index: number;
  total: number;
  revealed: boolean;
  quiz?: QuizState;
  onAnswer(v: Verdict): void;
  onReveal(): void;
  onStep(delta: number): void;
}

export function ScenarioPanel({ scenario, index, total, revealed, quiz, onAnswer, onReveal, onStep }: Props) {
  const expected = verdictOf(scenario);
  return (
    <section className="tr-card" data-testid="training-scenario" data-scenario={scenario.id} aria-label="Scenario">
      <div className="tr-row">
        <button onClick={() => onStep(-1)} aria-label="Previous scenario">
          ←
        </button>
        <span data-testid="training-position">
          {index + 1} / {total}
        </span>
        <button onClick={() => onStep(1)} aria-label="Next scenario">
          →
        </button>
        <h2>{scenario.title}</h2>
        <span className="tr-muted">{scenario.source}</span>
      </div>
      {quiz ? (
        <div className="tr-row" role="group" aria-label="Would you post this?">
          <strong>Would you post this?</strong>
          <button data-testid="quiz-post" aria-pressed={quiz.answer === 'post'} disabled={revealed} onClick={() => onAnswer('post')}>
            Yes, post it (Y)
          </button>
          <button data-testid="quiz-rethink" aria-pressed={quiz.answer === 'rethink'} disabled={revealed} onClick={() => onAnswer('rethink')}>
            No, rethink it (N)
          </button>
          <span data-testid="quiz-score" data-right={quiz.right} data-answered={quiz.answered}>
            Score {quiz.right} / {quiz.answered}
          </span>
        </div>
      ) : null}
      {revealed ? (
        <div className="tr-lesson" data-testid="training-lesson" role="status">
          {quiz?.answer ? (
            <p data-testid="quiz-verdict" data-correct={quiz.answer === expected}>
              {quiz.answer === expected ? '✓ Right.' : '✗ Not quite.'} {expected === 'post' ? 'This one is fine to post.' : 'This one should not be posted as it is.'}
            </p>
          ) : null}
          {scenario.expect.length ? <p>Policy areas: {scenario.expect.join(', ')}</p> : null}
          <p>{scenario.lesson}</p>
        </div>
      ) : (
        <button className="tr-primary" data-testid="training-reveal" onClick={onReveal}>
          Reveal (R)
        </button>
      )}
    </section>
  );
}
