import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {CHECKLIST_ANCHOR, phaseOfChecklistItem} from '@site/src/data/checklists';
import {CHECKLIST_ITEM_TEXT} from '@site/src/data/checklistsText';
import {DIMENSION_TEXT, SECTION_TITLES, sectionKey} from '@site/src/data/assessmentText';
import {phaseById} from '@site/src/data/process';
import {
  recommendationsFor,
  scoreAssessment,
  type Answers,
  type Target,
} from '@site/src/utils/assessmentScoring';
import {formatScore, levelWords} from './format';
import RadarChart, {radarLabel} from './RadarChart';
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
        <Translate id="readinessAssessment.results.title">Kết quả tự đánh giá</Translate>
      </Heading>
      <p>
        {translate(
          {
            id: 'readinessAssessment.results.answered',
            message: 'Đã trả lời {answered} trên {questions} câu hỏi.',
          },
          {answered, questions},
        )}{' '}
        {result.level === null
          ? translate({
              id: 'readinessAssessment.results.empty',
              message: 'Chọn một mức cho từng câu hỏi để xem kết quả.',
            })
          : translate(
              {
                id: 'readinessAssessment.results.overall',
                message: 'Mức sẵn sàng chung: {level} (điểm trung bình {score}).',
              },
              {level: levelWords(result.level), score: formatScore(result.score, locale)},
            )}
      </p>
      <div className={styles.resultsBody}>
        <RadarChart
          label={radarLabel()}
          points={result.dimensions.map(({dimension, score}) => ({
            dimension,
            score,
            target: targetOf(target, dimension),
          }))}
        />
        <MarkdownTable className={styles.resultsTable}>
          <caption>
            <Translate id="readinessAssessment.results.caption">
              Điểm và mức theo từng khía cạnh
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="readinessAssessment.results.dimension">Khía cạnh</Translate>
              </th>
              <th scope="col">
                <Translate id="readinessAssessment.results.score">Điểm (1–4)</Translate>
              </th>
              <th scope="col">
                <Translate id="readinessAssessment.results.level">Mức hiện tại</Translate>
              </th>
              <th scope="col">
                <Translate id="readinessAssessment.results.target">Mục tiêu</Translate>
              </th>
              <th scope="col">
                <Translate id="readinessAssessment.results.gap">Khoảng cách</Translate>
              </th>
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
                        ? translate({id: 'readinessAssessment.gap.met', message: 'Đã đạt mục tiêu'})
                        : translate(
                            {id: 'readinessAssessment.gap.short', message: 'Còn thiếu {gap} mức'},
                            {gap: wanted - level},
                          )}
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
            <Translate id="readinessAssessment.next.title">Việc cần làm để đạt mục tiêu</Translate>
          </Heading>
          <div className={styles.nextSteps}>
            {recommendations.map(({dimension, level, target: wanted, sections, checklistItems}) => (
              <div key={dimension} className={styles.recommendation} data-dimension={dimension}>
                <p className={styles.recommendationTitle}>
                  {translate(
                    {
                      id: 'readinessAssessment.next.dimension',
                      message: '{dimension}: từ {level} lên {target}',
                    },
                    {
                      dimension: DIMENSION_TEXT[dimension].name,
                      level: levelWords(level),
                      target: levelWords(wanted),
                    },
                  )}
                </p>
                <p>
                  <Translate id="readinessAssessment.next.read">Đọc trong cẩm nang:</Translate>
                </p>
                <ul>
                  {sections.map((section) => (
                    <li key={sectionKey(section)}>
                      <Link to={`${section.path}#${section.anchor}`}>
                        {SECTION_TITLES[sectionKey(section)]}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p>
                  <Translate id="readinessAssessment.next.checklist">
                    Các mục kiểm tra liên quan:
                  </Translate>
                </p>
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
