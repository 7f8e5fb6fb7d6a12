import {useId, useSyncExternalStore, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  LEGAL_ROLES,
  OBLIGATION_IDS,
  OBLIGATIONS,
  ROLE_PARAMETER,
  roleFromQuery,
  type LegalRoleId,
} from '@site/src/data/compliance';
import {LEGAL_ROLE_NAMES, OBLIGATION_WORDING} from '@site/src/data/complianceText';
import {
  ObligationCitation,
  ObligationDeadline,
  ObligationDeliverable,
  obligationRoles,
} from './ObligationParts';
import styles from './styles.module.css';

/**
 * The chosen role lives in the page address (`?role=deployer`), so a narrowed map can be
 * shared as a link. Components listening here re-render when the map changes the address
 * or the reader goes back and forward.
 */
const addressListeners = new Set<() => void>();

function subscribeToAddress(listener: () => void): () => void {
  addressListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    addressListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function putRoleInAddress(role: LegalRoleId | null): void {
  const url = new URL(window.location.href);
  if (role) url.searchParams.set(ROLE_PARAMETER, role);
  else url.searchParams.delete(ROLE_PARAMETER);
  window.history.replaceState(window.history.state, '', url);
  addressListeners.forEach((listener) => listener());
}

const subscribeToNothing = () => () => {};

/**
 * The compliance map: every obligation of the AI law and the personal data law that an
 * enterprise meets through this guide's process, with its provision, the roles it binds,
 * its dates and the deliverable that meets it. A reader can narrow it to one role.
 */
export default function ComplianceMap(): ReactNode {
  // The server renders every obligation and no filter; the browser then reads the address.
  const search = useSyncExternalStore(
    subscribeToAddress,
    () => window.location.search,
    () => '',
  );
  // The filter needs JavaScript; without it the page shows the whole table and no dead controls.
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const filterName = useId();
  const {role, invalid: rejectedLink} = roleFromQuery(search);
  const choose = putRoleInAddress;

  const shown = OBLIGATION_IDS.filter(
    (id) => role === null || (OBLIGATIONS[id].roles as readonly LegalRoleId[]).includes(role),
  );

  const headers = {
    obligation: translate({
      id: 'complianceMap.header.obligation',
      message: 'Nghĩa vụ',
      description: 'Column: the obligation',
    }),
    provision: translate({
      id: 'complianceMap.header.provision',
      message: 'Căn cứ',
      description: 'Column: the legal provision',
    }),
    roles: translate({
      id: 'complianceMap.header.roles',
      message: 'Vai trò phải thực hiện',
      description: 'Column: the roles the obligation binds',
    }),
    deadline: translate({
      id: 'complianceMap.header.deadline',
      message: 'Thời hạn',
      description: 'Column: from when and by when',
    }),
    deliverable: translate({
      id: 'complianceMap.header.deliverable',
      message: 'Sản phẩm đáp ứng',
      description: 'Column: the deliverable that meets the obligation',
    }),
  };

  return (
    <div className={styles.map}>
      {interactive && (
        <fieldset className={styles.filter}>
          <legend>
            <Translate
              id="complianceMap.filter.legend"
              description="Legend of the radio buttons that narrow the compliance map to one role"
            >
              Xem nghĩa vụ theo vai trò của doanh nghiệp
            </Translate>
          </legend>
          <label className={styles.choice}>
            <input
              type="radio"
              name={filterName}
              checked={role === null}
              onChange={() => choose(null)}
            />
            <Translate id="complianceMap.filter.all" description="Filter option: every role">
              Mọi vai trò
            </Translate>
          </label>
          {LEGAL_ROLES.map((candidate) => (
            <label key={candidate} className={styles.choice}>
              <input
                type="radio"
                name={filterName}
                value={candidate}
                checked={role === candidate}
                onChange={() => choose(candidate)}
              />
              {LEGAL_ROLE_NAMES[candidate]}
            </label>
          ))}
        </fieldset>
      )}
      {rejectedLink && (
        <p className={styles.warning} role="alert">
          <Translate
            id="complianceMap.filter.invalidLink"
            description="Shown when a shared link names a role that does not exist"
          >
            Liên kết bạn mở chứa một vai trò không có trong bản đồ, nên bản đồ đang hiển thị nghĩa
            vụ của mọi vai trò.
          </Translate>
        </p>
      )}
      <p className={styles.count} role="status">
        {translate(
          {
            id: 'complianceMap.count',
            message: 'Đang hiển thị {shown} trên {total} nghĩa vụ.',
            description: 'How many obligations the map shows after filtering',
          },
          {shown: shown.length, total: OBLIGATION_IDS.length},
        )}
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="complianceMap.caption" description="Caption of the compliance map table">
            Nghĩa vụ pháp lý theo vai trò và giai đoạn
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">{headers.obligation}</th>
            <th scope="col">{headers.provision}</th>
            <th scope="col">{headers.roles}</th>
            <th scope="col">{headers.deadline}</th>
            <th scope="col">{headers.deliverable}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((id) => (
            <tr key={id} className={styles.row} data-obligation={id}>
              <th scope="row" className={styles.obligation}>
                <span className={styles.title}>{OBLIGATION_WORDING[id].title}</span>
                <span className={styles.action}>{OBLIGATION_WORDING[id].action}</span>
              </th>
              <td>
                <CellLabel>{headers.provision}</CellLabel>
                <ObligationCitation id={id} />
              </td>
              <td>
                <CellLabel>{headers.roles}</CellLabel>
                {obligationRoles(id)}
              </td>
              <td>
                <CellLabel>{headers.deadline}</CellLabel>
                <ObligationDeadline id={id} />
              </td>
              <td>
                <CellLabel>{headers.deliverable}</CellLabel>
                <ObligationDeliverable id={id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The column name shown inside a cell on a phone, where the table stacks and its header row
 * is out of sight. Screen readers get the column header itself, so this copy is hidden from them.
 */
function CellLabel({children}: {children: ReactNode}): ReactNode {
  return (
    <span className={styles.cellLabel} aria-hidden="true">
      {children}
    </span>
  );
}
