import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PHASES, phasePosition, type PhaseId} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';
import styles from './styles.module.css';

/** "Phase N of 4" at the top of a phase page: where the reader is in the process. */
export default function PhasePositionNav({phase}: {phase: PhaseId}): ReactNode {
  const label = translate(
    {
      id: 'phaseStepper.position',
      message: 'Giai đoạn {number} trên {total}',
      description: 'Where the current phase sits in the process, e.g. "Phase 2 of 4"',
    },
    {number: phasePosition(phase), total: PHASES.length},
  );
  return (
    <nav
      className={styles.stepper}
      aria-label={translate({
        id: 'phaseStepper.navLabel',
        message: 'Các giai đoạn của quy trình',
        description: 'Accessible name of the phase stepper navigation',
      })}
    >
      <p className={styles.position}>{label}</p>
      <ol className={styles.steps}>
        {PHASES.map((step, index) => {
          const isCurrent = step.id === phase;
          const content = (
            <>
              <span className={styles.number} aria-hidden="true">
                {index + 1}
              </span>
              <span className={styles.title}>{PHASE_TEXT[step.id].title}</span>
            </>
          );
          return (
            <li key={step.id} className={clsx(styles.step, isCurrent && styles.current)}>
              {isCurrent ? (
                <span className={styles.stepBody} aria-current="step">
                  {content}
                </span>
              ) : (
                <Link className={styles.stepBody} to={step.path}>
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
