import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import PhaseIcon from '@site/src/components/process/PhaseIcon';
import {PHASES} from '@site/src/data/process';
import {numberedPhaseTitle, PHASE_TEXT} from '@site/src/data/processText';
import styles from './styles.module.css';

/** The source page's process-steps table: each phase, linked to its page, with its three points. */
export default function ProcessStepsTable(): ReactNode {
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        <Translate id="processSteps.caption" description="Caption of the process steps table">
          Các bước của quy trình triển khai AI CoE
        </Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="processSteps.header.phase" description="Column header: the phase">
              Giai đoạn
            </Translate>
          </th>
          <th scope="col">
            <Translate
              id="processSteps.header.points"
              description="Column header: what the phase involves"
            >
              Nội dung chính
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {PHASES.map((phase) => (
          <tr key={phase.id} className={styles.row}>
            <th scope="row" className={styles.phase}>
              <Link to={phase.path} className={styles.phaseLink}>
                <PhaseIcon name={phase.icon} />
                <span>{numberedPhaseTitle(phase.id)}</span>
              </Link>
            </th>
            <td className={styles.points}>
              <ul>
                {phase.pointAnchors.map((anchor, index) => (
                  <li key={anchor}>
                    {/* Each point links to the step on the phase page that explains it. */}
                    <Link to={`${phase.path}#${anchor}`}>{PHASE_TEXT[phase.id].points[index]}</Link>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
