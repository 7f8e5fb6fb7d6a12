import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import PhasePositionNav from '@site/src/components/process/PhasePositionNav';
import ProcessCycleDiagram from '@site/src/components/process/ProcessCycleDiagram';
import ProcessStepsTable from '@site/src/components/process/ProcessStepsTable';
import {PHASES} from '@site/src/data/process';
import {numberedPhaseTitle, PHASE_TEXT} from '@site/src/data/processText';

describe('ProcessStepsTable', () => {
  it('is a real table with a caption and header cells', () => {
    render(<ProcessStepsTable />);
    const table = screen.getByRole('table', {name: 'Các bước của quy trình triển khai AI CoE'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Giai đoạn', 'Nội dung chính']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
  });

  it('shows each phase linked to its page with the source’s three points, each linked to its step', () => {
    render(<ProcessStepsTable />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    rows.forEach((row, index) => {
      const phase = PHASES[index]!;
      const [phaseLink, ...pointLinks] = within(row).getAllByRole('link');
      expect(phaseLink).toHaveTextContent(numberedPhaseTitle(phase.id));
      expect(phaseLink).toHaveAttribute('href', phase.path);
      expect(pointLinks.map((link) => link.textContent)).toEqual(PHASE_TEXT[phase.id].points);
      expect(pointLinks.map((link) => link.getAttribute('href'))).toEqual(
        phase.pointAnchors.map((anchor) => `${phase.path}#${anchor}`),
      );
    });
    expect(
      screen.getByText(
        'Thiết lập các quy trình quản trị AI để đảm bảo tính minh bạch, tuân thủ và hiệu quả.',
      ),
    ).toBeInTheDocument();
  });
});

describe('PhasePositionNav', () => {
  it('marks the current phase as the current step, in words and without a link', () => {
    render(<PhasePositionNav phase="assess" />);
    const nav = screen.getByRole('navigation', {name: 'Các giai đoạn của quy trình'});
    expect(within(nav).getByText('Giai đoạn 2 trên 4')).toBeInTheDocument();
    const items = within(nav).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const current = items[1]!;
    expect(within(current).getByText('Đánh Giá').closest('[aria-current="step"]')).not.toBeNull();
    expect(within(current).queryByRole('link')).toBeNull();
  });

  it('links the other phases to their pages', () => {
    render(<PhasePositionNav phase="assess" />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/quy-trinh/chuan-bi',
      '/quy-trinh/lap-ke-hoach',
      '/quy-trinh/theo-doi-va-cai-tien',
    ]);
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
  });
});

describe('ProcessCycleDiagram', () => {
  it('is an image with a title and a description that spell out the order and the loop', () => {
    render(<ProcessCycleDiagram />);
    const diagram = screen.getByRole('img');
    expect(diagram).toHaveAccessibleName(
      expect.stringContaining('Sơ đồ quy trình triển khai AI CoE'),
    );
    expect(diagram).toHaveAccessibleName(
      expect.stringContaining(
        '1. Chuẩn Bị, 2. Đánh Giá, 3. Lập Kế Hoạch, 4. Theo Dõi và Cải Tiến. Sau Theo Dõi và Cải Tiến, những gì học được quay lại giai đoạn Lập Kế Hoạch',
      ),
    );
  });

  it('draws every phase as text, not as a picture of text', () => {
    const {container} = render(<ProcessCycleDiagram />);
    const text = container.querySelector('svg')?.textContent ?? '';
    for (const phase of PHASES) {
      for (const word of PHASE_TEXT[phase.id].title.split(' ')) {
        expect(text).toContain(word);
      }
    }
    expect(text).toContain('Vòng cải tiến liên tục');
    expect(container.querySelector('image, img')).toBeNull();
  });
});
