/**
 * Matching approvers to the slots of an approval policy. A policy such as
 * [[legal], [executive, strategy]] needs one distinct approver per slot, each holding one
 * of the slot's roles. Approvers are matched as a whole rather than first come, first
 * served: a person holding both legal and strategy who approves first must not use up the
 * legal slot when the only other approver is a lawyer.
 */
export interface SlotApprover {
  subject: string;
  roles: readonly string[];
}

/** For each approver, in order, the index of the slot they fill; null when impossible. */
export function assignSlots(
  slots: readonly (readonly string[])[],
  approvers: readonly SlotApprover[],
): number[] | null {
  const assignment: number[] = [];
  const taken = new Set<number>();

  const place = (index: number): boolean => {
    if (index === approvers.length) {
      return true;
    }
    for (let slot = 0; slot < slots.length; slot += 1) {
      if (taken.has(slot) || !slots[slot].some((role) => approvers[index].roles.includes(role))) {
        continue;
      }
      taken.add(slot);
      assignment[index] = slot;
      if (place(index + 1)) {
        return true;
      }
      taken.delete(slot);
    }

    return false;
  };

  return place(0) ? assignment : null;
}

export function isFullyApproved(
  slots: readonly (readonly string[])[],
  approvers: readonly SlotApprover[],
): boolean {
  return approvers.length === slots.length && assignSlots(slots, approvers) !== null;
}
