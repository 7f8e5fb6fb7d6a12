import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import PhaseStakeholdersTable from '@site/src/components/stakeholders/PhaseStakeholdersTable';
import RolesByPhaseTable from '@site/src/components/stakeholders/RolesByPhaseTable';
import CollaborationCircles from '@site/src/components/stakeholders/CollaborationCircles';

describe('CollaborationCircles', () => {
  it('repeats the source’s three circles word for word', () => {
    render(<CollaborationCircles />);
    expect(
      screen.getByText('Các bộ phận như công nghệ, dữ liệu, nhân sự, vận hành và quản lý rủi ro.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nhân sự và lãnh đạo quan tâm đến việc thúc đẩy đổi mới sáng tạo thông qua AI.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ban lãnh đạo cấp cao đóng vai trò quan trọng trong việc định hướng và hỗ trợ chính sách AI.',
      ),
    ).toBeInTheDocument();
  });

  it('shows each group as a card with what its members bring, and leadership apart', () => {
    render(
      <CollaborationCircles>
        <p>Đoạn nguồn về vai trò của lãnh đạo.</p>
      </CollaborationCircles>,
    );
    const departments = screen.getByRole('region', {name: 'Các bộ phận'});
    expect(
      within(departments)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Công nghệ', 'Dữ liệu', 'Nhân sự', 'Vận hành', 'Quản lý rủi ro']);
    const leadership = screen.getByRole('region', {name: 'Ban lãnh đạo cấp cao'});
    expect(within(leadership).getByText('Đoạn nguồn về vai trò của lãnh đạo.')).toBeInTheDocument();
    expect(within(leadership).getByText(/^Định hướng chiến lược AI, bảo trợ/)).toBeInTheDocument();
    expect(departments.contains(leadership)).toBe(false);
  });
});

describe('RolesByPhaseTable', () => {
  it('shows, for each phase, who leads, takes part, is consulted or kept informed', () => {
    render(<RolesByPhaseTable />);
    const table = screen.getByRole('table', {
      name: 'Vai trò của các bên liên quan trong từng giai đoạn',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Giai đoạn', 'Dẫn dắt', 'Tham gia', 'Được tham vấn', 'Được thông báo', 'Ghi chú']);
    const prepare = within(table).getByRole('row', {name: /1\. Chuẩn Bị/});
    const cells = within(prepare).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Ban lãnh đạo cấp cao, Đội ngũ AI CoE');
    expect(within(prepare).getByRole('link')).toHaveAttribute('href', '/quy-trinh/chuan-bi');
  });
});

describe('PhaseStakeholdersTable', () => {
  it('lists every group for one phase, leads first, with what the phase asks of them', () => {
    render(<PhaseStakeholdersTable phase="monitor-improve" />);
    const table = screen.getByRole('table', {
      name: 'Các bên liên quan trong giai đoạn Theo Dõi và Cải Tiến',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    expect(within(rows[0]!).getAllByRole('cell')[0]).toHaveTextContent('Dẫn dắt');
    expect(within(rows.at(-1)!).getAllByRole('cell')[0]).toHaveTextContent('Được thông báo');
    expect(within(table).getByRole('row', {name: /^Vận hành/})).toHaveTextContent(
      'Chịu trách nhiệm về giá trị mà từng ca sử dụng tạo ra trong công việc hằng ngày.',
    );
  });
});
