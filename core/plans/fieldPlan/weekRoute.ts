import { Place, greatCircleKm, nearestNeighbourOrder } from '../../functions/visits/visitRoute';
import { PlannedAccount, visitsByWeek } from './fieldPlanAnswers';
import { msg } from '../../kit/i18n/msg';
import { Translate, translator } from '../../kit/i18n/translate';

/** The most stops a week's route lists on the sheet (its next-stop grid costs stops² cells). */
export const MAX_ROUTE_STOPS = 50;

/** A working week: its days' short names; stops past the fifth day are over the week. */
export const WEEKDAYS = [msg('Mon'), msg('Tue'), msg('Wed'), msg('Thu'), msg('Fri')] as const;

/** What the sheet shows for a day: its weekday, or "Day 6" and on when a week's stops overrun it. */
export const DAY_N = msg('Day {day}');
export const dayLabel = (day: number, t: Translate = translator('en')) => (day <= WEEKDAYS.length ? t(WEEKDAYS[day - 1]) : t(DAY_N, { day }));

/** One stop of a week's route. */
export interface RouteStop {
  readonly account: string;
  readonly area: string;
  /** 1 for Monday. */
  readonly day: number;
  /** From the day's previous stop; null for a day's first stop. */
  readonly km: number | null;
}

/** A rep's week: the visits it holds, those without coordinates, and the stops in order. */
export interface WeekRoute {
  readonly visits: number;
  readonly withoutPlace: number;
  readonly stops: RouteStop[];
}

/** Whether an account has a visit in week `w` (one or more). */
export function visitedInWeek(acc: PlannedAccount, w: number): boolean {
  return acc.visits > 0 && visitsByWeek(w, acc.phase, acc.visits) > visitsByWeek(w - 1, acc.phase, acc.visits);
}

/**
 * A rep's week as the Field plan sheet orders it, route first and days second (Beasley's
 * route-first, cluster-second): the accounts visited that week that have coordinates, from the first
 * of them in the table, each next stop the nearest not yet visited (great circle, ties to the earlier
 * row), cut into days of `visitsPerDay` stops. Nearest neighbour because a plan sheet's formulas can
 * follow it live; VISITORDER improves a day's order (exact up to 12 stops).
 *
 * @example
 * weekRoute(accounts, 'Ana', 14, 5).stops[0] //=> { account: 'Acme', area: 'Ohio', day: 1, km: null }
 */
export function weekRoute(accounts: readonly PlannedAccount[], rep: string, week: number, visitsPerDay: number): WeekRoute {
  const visited = accounts.filter((acc) => acc.rep === rep && visitedInWeek(acc, week));
  const placed = visited.filter((acc) => acc.place !== null).slice(0, MAX_ROUTE_STOPS);
  const order = nearestNeighbourOrder(
    placed.map((acc) => acc.place as Place),
    0,
  );
  const perDay = Math.max(1, visitsPerDay);
  const stops = order.map((i, s) => {
    const day = Math.floor(s / perDay) + 1;
    const sameDay = s > 0 && Math.floor((s - 1) / perDay) + 1 === day;
    return {
      account: placed[i].name,
      area: placed[i].area,
      day,
      km: sameDay ? greatCircleKm(placed[order[s - 1]].place as Place, placed[i].place as Place) : null,
    };
  });
  return { visits: visited.length, withoutPlace: visited.length - visited.filter((acc) => acc.place !== null).length, stops };
}
