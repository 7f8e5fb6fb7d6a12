import {fireEvent, render, screen, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import ChecklistProgressSummary from '@site/src/components/toolkit/ChecklistProgressSummary';
import PhaseChecklist from '@site/src/components/toolkit/PhaseChecklist';
import {CHECKLISTS} from '@site/src/data/checklists';
import {CHECKLIST_ITEM_TEXT} from '@site/src/data/checklistsText';
import {CHECKLIST_STORAGE_KEY} from '@site/src/utils/checklistProgress';
import {renderToString} from './serverRender';

const browser = vi.hoisted(() => ({hydrated: true}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.hydrated}));

const OTHER_KEY = 'ai-coe-playbook:readiness-assessment';

beforeEach(() => {
  window.localStorage.clear();
  browser.hydrated = true;
});
afterEach(() => {
  window.localStorage.clear();
});

const save = (items: readonly string[]): void =>
  window.localStorage.setItem(CHECKLIST_STORAGE_KEY, JSON.stringify({version: 1, data: items}));

describe('PhaseChecklist', () => {
  it('renders the plain list on the server: every item, unticked, with no saved data read', () => {
    save(['sponsor-and-lead']);
    browser.hydrated = false;
    const html = renderToString(<PhaseChecklist phase="prepare" />);
    for (const item of CHECKLISTS.prepare) {
      expect(html).toContain(CHECKLIST_ITEM_TEXT[item].replace(/&/g, '&amp;'));
    }
    expect(html).not.toContain('checked=""');
    expect(html).toContain('Đã xong 0 trên 9 mục');
  });

  it('restores the saved ticks, says the progress in words and saves each change', () => {
    save(['sponsor-and-lead', 'scope-settled']);
    render(<PhaseChecklist phase="prepare" />);
    expect(
      screen.getByRole('checkbox', {name: CHECKLIST_ITEM_TEXT['sponsor-and-lead']}),
    ).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Đã xong 1 trên 9 mục');
    fireEvent.click(screen.getByRole('checkbox', {name: CHECKLIST_ITEM_TEXT['charter-signed']}));
    expect(screen.getByRole('status')).toHaveTextContent('Đã xong 2 trên 9 mục');
    const stored = JSON.parse(window.localStorage.getItem(CHECKLIST_STORAGE_KEY)!);
    expect(stored.data).toEqual(['sponsor-and-lead', 'charter-signed', 'scope-settled']);
  });

  it('resets this phase only, keeping the other phases’ ticks', () => {
    save(['sponsor-and-lead', 'scope-settled']);
    render(<PhaseChecklist phase="prepare" />);
    fireEvent.click(screen.getByRole('button', {name: 'Bỏ đánh dấu giai đoạn này'}));
    expect(screen.getByRole('status')).toHaveTextContent('Đã xong 0 trên 9 mục');
    expect(JSON.parse(window.localStorage.getItem(CHECKLIST_STORAGE_KEY)!).data).toEqual([
      'scope-settled',
    ]);
  });

  it('has a sign-off sheet with item, owner, date and signature columns, status in words', () => {
    save(['sponsor-and-lead']);
    render(<PhaseChecklist phase="prepare" />);
    const sheet = screen.getByRole('table', {name: 'Phiếu xác nhận hoàn thành giai đoạn Chuẩn Bị'});
    expect(
      within(sheet)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Hạng mục', 'Tình trạng', 'Người chịu trách nhiệm', 'Ngày', 'Chữ ký']);
    const row = within(sheet).getByRole('rowheader', {
      name: CHECKLIST_ITEM_TEXT['sponsor-and-lead'],
    }).parentElement!;
    expect(row).toHaveTextContent('Đã xong');
  });

  it('reports damaged saved progress, starts afresh and leaves other tools’ data alone', () => {
    window.localStorage.setItem(CHECKLIST_STORAGE_KEY, '{"version":1,"data":["no-such-item"]}');
    window.localStorage.setItem(OTHER_KEY, 'kept');
    render(<PhaseChecklist phase="assess" />);
    expect(screen.getByRole('alert')).toHaveTextContent('bị hỏng hoặc đã bị sửa');
    expect(screen.getByRole('status')).toHaveTextContent('Đã xong 0 trên 8 mục');
    expect(window.localStorage.getItem(OTHER_KEY)).toBe('kept');
  });
});

describe('ChecklistProgressSummary', () => {
  it('says each phase’s progress in words and links to its checklist', () => {
    save(['sponsor-and-lead', 'charter-signed', 'scope-settled']);
    render(<ChecklistProgressSummary />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '1. Chuẩn Bị: Đã xong 2 trên 9 mục',
      '2. Đánh Giá: Đã xong 1 trên 8 mục',
      '3. Lập Kế Hoạch: Đã xong 0 trên 8 mục',
      '4. Theo Dõi và Cải Tiến: Đã xong 0 trên 8 mục',
    ]);
    expect(screen.getByRole('link', {name: '2. Đánh Giá'})).toHaveAttribute(
      'href',
      '/quy-trinh/danh-gia#checklist',
    );
  });
});
