import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {CHECKLIST_ANCHOR, phaseOfChecklistItem} from '@site/src/data/checklists';
import {CHECKLIST_ITEM_TEXT} from '@site/src/data/checklistsText';
import {DIMENSION_TEXT, SECTION_TITLES, sectionKey} from '@site/src/data/assessmentText';
import {READINESS_ASSESSMENT_TEXT as TEXT} from '@site/src/data/readinessAssessmentInterfaceText';
import {phaseById} from '@site/src/data/process';
import {
  recommendationsFor,
  scoreAssessment,
  type Answers,
  type Target,
} from '@site/src/utils/assessmentScoring';
import {formatScore, levelWords} from './format';
import RadarChart from './RadarChart';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import styles from './styles.module.css';

const targetOf = (target: Target, dimension: keyof typeof DIMENSION_TEXT) =>
  (typeof target === 'number' ? target : target[dimension]) ?? null;

/**
 * The results: overall level, a radar with the same figures in a table, and for each dimension
 * below its target the guide's sections and checklist items that raise it.
 */
export default function Results({
  answers,
  target,
  locale,
}: {
  answers: Answers;
  target: Target;
  locale: string;
}): ReactNode {
  const result = scoreAssessment(answers);
  const recommendations = recommendationsFor(result, target);
  const answered = result.dimensions.reduce((sum, dimension) => sum + dimension.answered, 0);
  const questions = result.dimensions.reduce((sum, dimension) => sum + dimension.questions, 0);
  return (
    <section className={styles.results} aria-labelledby="readiness-results">
      <Heading as="h3" id="readiness-results">
        {TEXT.results.title}
      </Heading>
      <p>
        {TEXT.results.answered(answered, questions)}{' '}
        {result.level === null
          ? TEXT.results.empty
          : TEXT.results.overall(levelWords(result.level), formatScore(result.score, locale))}
      </p>
      <div className={styles.resultsBody}>
        <RadarChart
          label={TEXT.results.chart}
          points={result.dimensions.map(({dimension, score}) => ({
            dimension,
            score,
            target: targetOf(target, dimension),
          }))}
        />
        <MarkdownTable className={styles.resultsTable}>
          <caption>{TEXT.results.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{TEXT.dimension}</th>
              <th scope="col">{TEXT.results.score}</th>
              <th scope="col">{TEXT.results.level}</th>
              <th scope="col">{TEXT.results.target}</th>
              <th scope="col">{TEXT.results.gap}</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map(({dimension, score, level}) => {
              const wanted = targetOf(target, dimension);
              return (
                <tr key={dimension} data-dimension={dimension}>
                  <th scope="row">{DIMENSION_TEXT[dimension].name}</th>
                  <td>{formatScore(score, locale)}</td>
                  <td>{levelWords(level)}</td>
                  <td>{wanted === null ? '–' : levelWords(wanted)}</td>
                  <td>
                    {level === null || wanted === null
                      ? '–'
                      : level >= wanted
                        ? TEXT.results.met
                        : TEXT.results.below(wanted - level)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </MarkdownTable>
      </div>
      {recommendations.length > 0 && (
        <>
          <Heading as="h4" id="readiness-next-steps">
            {TEXT.next.title}
          </Heading>
          <div className={styles.nextSteps}>
            {recommendations.map(({dimension, level, target: wanted, sections, checklistItems}) => (
              <div key={dimension} className={styles.recommendation} data-dimension={dimension}>
                <p className={styles.recommendationTitle}>
                  {TEXT.next.dimension(
                    DIMENSION_TEXT[dimension].name,
                    levelWords(level),
                    levelWords(wanted),
                  )}
                </p>
                <p>{TEXT.next.read}</p>
                <ul>
                  {sections.map((section) => (
                    <li key={sectionKey(section)}>
                      <Link to={`${section.path}#${section.anchor}`}>
                        {SECTION_TITLES[sectionKey(section)]}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p>{TEXT.next.checklist}</p>
                <ul>
                  {checklistItems.map((item) => (
                    <li key={item}>
                      <Link
                        to={`${phaseById(phaseOfChecklistItem(item)).path}#${CHECKLIST_ANCHOR}`}
                      >
                        {CHECKLIST_ITEM_TEXT[item]}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
