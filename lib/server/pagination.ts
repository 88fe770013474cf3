export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

export const DEFAULT_PAGE_SIZE = 20;

export function pageArgs(page: number | string | undefined, pageSize = DEFAULT_PAGE_SIZE): { page: number; pageSize: number; skip: number; take: number } {
  const parsed = Math.max(1, Math.floor(Number(page) || 1));
  return { page: parsed, pageSize, skip: (parsed - 1) * pageSize, take: pageSize };
}

export function toPage<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
