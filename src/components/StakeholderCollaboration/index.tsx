import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import {
  COLLABORATION_CIRCLES,
  COLLABORATION_INTRO,
  LEADERSHIP_ROLE,
} from '@site/src/data/collaboration';
import {STAKEHOLDERS} from '@site/src/data/stakeholders';
import styles from './styles.module.css';

/**
 * The source's "Hợp Tác để Thành Công": the circles of people who must work together,
 * each with what its members bring, and senior leadership's role set apart.
 */
export default function StakeholderCollaboration(): ReactNode {
  const groups = COLLABORATION_CIRCLES.filter((circle) => circle.id !== 'leadership');
  const leadership = COLLABORATION_CIRCLES.find((circle) => circle.id === 'leadership');
  return (
    <div className={styles.collaboration}>
      <p>{COLLABORATION_INTRO}</p>
      <ul className={styles.circles}>
        {COLLABORATION_CIRCLES.map((circle) => (
          <li key={circle.id}>{circle.sourceText}</li>
        ))}
      </ul>
      <div className={styles.cards}>
        {groups.map((circle) => (
          <section key={circle.id} className={styles.card} aria-labelledby={`circle-${circle.id}`}>
            <Heading as="h3" id={`circle-${circle.id}`} className={styles.cardTitle}>
              {circle.label}
            </Heading>
            {circle.members.length === 1 && circle.members[0] ? (
              // A circle of one group: the card's heading already names it.
              <p className={styles.single}>{STAKEHOLDERS[circle.members[0]].contribution}</p>
            ) : (
              <dl className={styles.members}>
                {circle.members.map((memberId) => {
                  const member = STAKEHOLDERS[memberId];
                  return (
                    <div key={member.id} className={styles.member}>
                      <dt>{member.name}</dt>
                      <dd>{member.contribution}</dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
        ))}
      </div>
      {leadership && (
        <section className={styles.leadership} aria-labelledby="circle-leadership">
          <Heading as="h3" id="circle-leadership" className={styles.cardTitle}>
            {leadership.label}
          </Heading>
          <p>{LEADERSHIP_ROLE}</p>
          <p className={styles.leadershipContribution}>
            {STAKEHOLDERS['senior-leadership'].contribution}
          </p>
        </section>
      )}
    </div>
  );
}
