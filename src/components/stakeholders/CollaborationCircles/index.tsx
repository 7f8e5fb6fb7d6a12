import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import {COLLABORATION_CIRCLES} from '@site/src/data/process';
import {CIRCLE_TEXT, STAKEHOLDER_TEXT} from '@site/src/data/processText';
import styles from './styles.module.css';

/**
 * The source's "Hợp Tác để Thành Công": the circles of people who must work together,
 * each with what its members bring, and senior leadership's role set apart. The page passes
 * the source's paragraph on leadership as children, so that prose stays in the page's MDX.
 */
export default function CollaborationCircles({children}: {children?: ReactNode}): ReactNode {
  const groups = COLLABORATION_CIRCLES.filter((circle) => circle.id !== 'leadership');
  return (
    <div className={styles.collaboration}>
      <ul className={styles.circles}>
        {COLLABORATION_CIRCLES.map((circle) => (
          <li key={circle.id}>{CIRCLE_TEXT[circle.id].sourceText}</li>
        ))}
      </ul>
      <div className={styles.cards}>
        {groups.map((circle) => (
          <section key={circle.id} className={styles.card} aria-labelledby={`circle-${circle.id}`}>
            <Heading as="h3" id={`circle-${circle.id}`} className={styles.cardTitle}>
              {CIRCLE_TEXT[circle.id].label}
            </Heading>
            {circle.members.length === 1 && circle.members[0] ? (
              // A circle of one group: the card's heading already names it.
              <p className={styles.single}>{STAKEHOLDER_TEXT[circle.members[0]].contribution}</p>
            ) : (
              <dl className={styles.members}>
                {circle.members.map((memberId) => (
                  <div key={memberId} className={styles.member}>
                    <dt>{STAKEHOLDER_TEXT[memberId].name}</dt>
                    <dd>{STAKEHOLDER_TEXT[memberId].contribution}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </div>
      <section className={styles.leadership} aria-labelledby="circle-leadership">
        <Heading as="h3" id="circle-leadership" className={styles.cardTitle}>
          {CIRCLE_TEXT.leadership.label}
        </Heading>
        {children}
        <p className={styles.leadershipContribution}>
          {STAKEHOLDER_TEXT['senior-leadership'].contribution}
        </p>
      </section>
    </div>
  );
}
