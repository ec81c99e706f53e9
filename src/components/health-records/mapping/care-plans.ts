/**
 * Care plans.
 */
import type { CarePlan } from '../../../api/fhir/schemas.js';
import { compact, conceptText, dateKey, newestFirst, present, sortBy } from './datatypes.js';
import { narrativeText, truncate } from './narrative.js';

export interface CarePlanView {
  /** The language the record's words are written in (`Resource.language`, BCP 47), when it says. */
  language?: string;
  id: string;
  /** The title, or else the categories, or else the start of the description. */
  title: string;
  categories: string[];
  period?: { start?: string; end?: string };
  status: string;
  description?: string;
  /** Each activity in words. */
  activities: string[];
  /** The narrative's text with every tag removed, for a plan that has nothing else to say. */
  narrative?: string;
}

/** The first characters of a text, whole code points, trimmed. */

/** Care plans, active ones first, then the newest start first. */
export function toCarePlans(plans: CarePlan[]): CarePlanView[] {
  const views = plans
    .filter((plan) => plan.status !== 'entered-in-error')
    .map((plan): CarePlanView => {
      const categories = (plan.category ?? []).flatMap((category) => conceptText(category) ?? []);
      const title = present(plan.title);
      const description = present(plan.description);
      const activities = (plan.activity ?? []).flatMap(
        (activity) =>
          present(activity.detail?.description) ??
          conceptText(activity.detail?.code) ??
          present(activity.reference?.display) ??
          [],
      );
      const period = plan.period
        ? compact({ start: present(plan.period.start), end: present(plan.period.end) })
        : undefined;
      const narrative =
        !title && !description && activities.length === 0 && plan.text?.div !== undefined
          ? narrativeText(plan.text.div)
          : undefined;
      return compact({
        id: plan.id ?? '',
        language: present(plan.language),
        title: title ?? (categories.length > 0 ? categories.join(', ') : undefined) ?? truncate(description ?? '', 80),
        categories,
        period: period && (period.start !== undefined || period.end !== undefined) ? period : undefined,
        status: plan.status,
        description,
        activities,
        narrative,
      });
    });
  return sortBy(
    views,
    (view) => ({ active: view.status === 'active', date: dateKey(view.period?.start) }),
    (a, b) => Number(b.active) - Number(a.active) || newestFirst(a.date, b.date),
  );
}
