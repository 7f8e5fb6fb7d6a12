import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import PhaseIcon from '@site/src/components/PhaseIcon';
import {PHASE_ORDER} from '@site/src/data/phases';
import styles from './styles.module.css';

/** The source page's process-steps table: each phase, linked to its page, with its three points. */
export default function ProcessSteps(): ReactNode {
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
        {PHASE_ORDER.map((phase) => (
          <tr key={phase.id} className={styles.row}>
            <th scope="row" className={styles.phase}>
              <Link to={phase.path} className={styles.phaseLink}>
                <PhaseIcon name={phase.icon} />
                <span>{`${phase.number}. ${phase.title}`}</span>
              </Link>
            </th>
            <td className={styles.points}>
              <ul>
                {phase.points.map((point) => (
                  <li key={point.anchor}>{point.text}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
