import {fireEvent, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import ComplianceMap from '@site/src/components/compliance/ComplianceMap';
import PhaseObligationsList from '@site/src/components/compliance/PhaseObligationsList';
import {OBLIGATION_IDS, OBLIGATIONS, obligationsMetIn} from '@site/src/data/compliance';
import {OBLIGATION_WORDING} from '@site/src/data/complianceText';

function openAt(search: string): void {
  window.history.replaceState(null, '', `/quy-trinh/ban-do-tuan-thu${search}`);
}

/** The obligations the map's table shows, by their ids. */
function shownObligations(): string[] {
  const table = screen.getByRole('table', {name: 'Nghĩa vụ pháp lý theo vai trò và giai đoạn'});
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-obligation') ?? '');
}

const idsFor = (role: string) =>
  OBLIGATION_IDS.filter((id) => (OBLIGATIONS[id].roles as readonly string[]).includes(role));

afterEach(() => {
  openAt('');
});

describe('ComplianceMap', () => {
  it('is a table with a caption, column headers and one row header per obligation', () => {
    openAt('');
    render(<ComplianceMap />);
    const table = screen.getByRole('table', {name: 'Nghĩa vụ pháp lý theo vai trò và giai đoạn'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Nghĩa vụ', 'Căn cứ', 'Vai trò phải thực hiện', 'Thời hạn', 'Sản phẩm đáp ứng']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(OBLIGATION_IDS.length);
    expect(shownObligations()).toEqual(OBLIGATION_IDS);
  });

  it('shows each obligation’s article, roles, dates and the deliverable that meets it', () => {
    openAt('');
    render(<ComplianceMap />);
    const row = screen
      .getByText(OBLIGATION_WORDING['deployer-keeps-classification'].title)
      .closest('tr')!;
    expect(
      within(row).getByRole('link', {
        name: 'Luật Trí tuệ nhân tạo số 134/2025/QH15, Điều 10 khoản 2',
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(row).toHaveTextContent('Bên triển khai');
    expect(row).toHaveTextContent('Áp dụng từ 1 tháng 3, 2026.');
    expect(row).toHaveTextContent('chậm nhất 1 tháng 3, 2027');
    expect(row).toHaveTextContent('y tế, giáo dục, tài chính: 1 tháng 9, 2027');
    expect(within(row).getByText('1 tháng 9, 2027').closest('time')).toHaveAttribute(
      'datetime',
      '2027-09-01',
    );
    expect(
      within(row).getByRole('link', {name: 'Danh mục hệ thống AI và phân loại rủi ro'}),
    ).toHaveAttribute('href', '/quy-trinh/danh-gia#ai-system-inventory');
  });

  it('narrows to one role, says how many it shows and puts the role in the address', () => {
    openAt('');
    render(<ComplianceMap />);
    fireEvent.click(screen.getByRole('radio', {name: 'Bên triển khai'}));
    expect(shownObligations()).toEqual(idsFor('deployer'));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Đang hiển thị ${idsFor('deployer').length} trên ${OBLIGATION_IDS.length} nghĩa vụ.`,
    );
    expect(window.location.search).toBe('?role=deployer');

    fireEvent.click(screen.getByRole('radio', {name: 'Mọi vai trò'}));
    expect(shownObligations()).toEqual(OBLIGATION_IDS);
    expect(window.location.search).toBe('');
  });

  it('opens narrowed when a shared link names a role', () => {
    openAt('?role=provider');
    render(<ComplianceMap />);
    expect(screen.getByRole('radio', {name: 'Nhà cung cấp'})).toBeChecked();
    expect(shownObligations()).toEqual(idsFor('provider'));
  });

  it('shows every obligation and says why when a link names an unknown role', () => {
    openAt('?role=%3Cimg%20src%3Dx%3E');
    render(<ComplianceMap />);
    expect(screen.getByRole('alert')).toHaveTextContent('chứa một vai trò không có trong bản đồ');
    expect(screen.getByRole('radio', {name: 'Mọi vai trò'})).toBeChecked();
    expect(shownObligations()).toEqual(OBLIGATION_IDS);

    fireEvent.click(screen.getByRole('radio', {name: 'Nhà phát triển'}));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(window.location.search).toBe('?role=developer');
    expect(shownObligations()).toEqual(idsFor('developer'));
  });
});

describe('PhaseObligationsList', () => {
  it('lists the obligations the phase meets, each with its deliverable, and links to the map', () => {
    render(<PhaseObligationsList phase="monitor-improve" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-obligation'))).toEqual(
      obligationsMetIn('monitor-improve'),
    );
    const incidents = items.find(
      (item) => item.getAttribute('data-obligation') === 'serious-incidents',
    )!;
    expect(incidents).toHaveTextContent(OBLIGATION_WORDING['serious-incidents'].title);
    expect(incidents).toHaveTextContent('Nhà phát triển, Nhà cung cấp, Bên triển khai');
    expect(
      within(incidents).getByRole('link', {
        name: 'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân',
      }),
    ).toHaveAttribute('href', '/quy-trinh/theo-doi-va-cai-tien#incident-and-rights-handling');
    expect(
      screen.getByRole('link', {name: 'Xem toàn bộ bản đồ tuân thủ theo vai trò và giai đoạn'}),
    ).toHaveAttribute('href', '/quy-trinh/ban-do-tuan-thu');
  });
});
