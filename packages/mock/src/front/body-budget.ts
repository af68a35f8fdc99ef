// One bound on the request bodies the front holds at once, API and control alike: each read
// reserves its cap from a shared budget first and waits while the budget is spent, so many
// concurrent uploads wait their turn instead of growing memory without limit.

export class BodyBudget {
  private free: number;
  private readonly waiting: { bytes: number; go: () => void }[] = [];

  constructor(readonly total: number) {
    this.free = total;
  }

  /** Resolves with a release function once `bytes` (at most the total) are reserved. */
  async reserve(bytes: number): Promise<() => void> {
    const want = Math.min(bytes, this.total);
    if (this.waiting.length > 0 || this.free < want) {
      await new Promise<void>((go) => this.waiting.push({ bytes: want, go }));
    } else {
      this.free -= want;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.free += want;
      this.wake();
    };
  }

  private wake(): void {
    while (this.waiting.length > 0 && (this.waiting[0] as { bytes: number }).bytes <= this.free) {
      const next = this.waiting.shift() as { bytes: number; go: () => void };
      this.free -= next.bytes;
      next.go();
    }
  }
}
