// Progress of long paging, on stderr and only when stderr is a terminal:
// items so far of `X-Pagination-Total-Entries`, pages, rate. One line,
// redrawn in place at most every 100 ms and at each new page, then erased.
import type { ResponseMeta } from "../http/response-meta.js";
import type { Out } from "./output.js";

const REDRAW_MS = 100;
const CLEAR = "\r\x1b[K";

const count = (n: number) => n.toLocaleString("en-US");

export class Progress {
  private items = 0;
  private page = 0;
  private pages = 0;
  private total = 0;
  private drawnPage = 0;
  private drawnAt = 0;
  private readonly started: number;

  constructor(
    private readonly out: Out,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Shown on terminals only: never in a pipe or a file. */
  static for(out: Out): Progress | undefined {
    return out.isTTY === true ? new Progress(out) : undefined;
  }

  /** A page arrived (the call's `onResponse`). */
  response(meta: ResponseMeta): void {
    if (!meta.pagination) return;
    this.page = meta.pagination.currentPage;
    this.pages = meta.pagination.totalPages;
    this.total = meta.pagination.totalEntries;
  }

  /** An item was written. */
  item(): void {
    this.items++;
    // One page is not long paging.
    if (this.pages <= 1) return;
    const t = this.now();
    if (this.page === this.drawnPage && t - this.drawnAt < REDRAW_MS) return;
    this.drawnPage = this.page;
    this.drawnAt = t;
    const seconds = (t - this.started) / 1000;
    const rate =
      seconds > 0 ? `, ${count(Math.round(this.items / seconds))} items/s` : "";
    this.out.write(
      `${CLEAR}${count(this.items)} of ${count(this.total)} items, page ${this.page} of ${this.pages}${rate}`,
    );
  }

  /** Erases the line, if one was drawn. */
  end(): void {
    if (this.drawnPage) this.out.write(CLEAR);
  }
}
