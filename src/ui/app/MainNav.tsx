/**
 * The main navigation, grouped by the year's work (issue 19): a few top-level items that stay on one
 * row at 1366 px, each group a disclosure button (`aria-expanded`, `aria-controls`) opening its list
 * of links. Enter or Space opens a group, Escape closes it and returns the focus to its button, Tab
 * walks its links; a group closes when a page is chosen, when the focus or a press goes elsewhere,
 * and when another group opens. The group holding the page shown is marked; the link keeps
 * `aria-current="page"`. A link is shown only where the agency's profile has its part.
 */
import { useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import type { KeyIn } from '../../i18n';
import { useApp } from './app-state';
import { useAgency } from './agency-state';
import './main-nav.css';

type NavKey = KeyIn<'nav'>;
type GroupKey = 'people' | 'scoring' | 'results' | 'settings';

interface NavLink {
  readonly href: string;
  readonly label: NavKey;
  /** Only the page itself, not the pages under it, counts as this link's (the router's `end`). */
  readonly end?: boolean;
  readonly when?: () => boolean;
}
interface NavGroup {
  readonly id: GroupKey;
  readonly label: KeyIn<'navGroups'>;
  readonly links: readonly NavLink[];
}
type NavItem = NavLink | NavGroup;

const isGroup = (item: NavItem): item is NavGroup => 'links' in item;

/** Whether `pathname` is the page of `link` (or one under it, unless the link ends there). */
export const linkMatches = (link: Pick<NavLink, 'href' | 'end'>, pathname: string): boolean =>
  pathname === link.href || (!link.end && pathname.startsWith(`${link.href}/`));

export function MainNav() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const location = useLocation();
  const has = () => agency.profile().components.value;
  const scored = () => has().ranking || has().kci;

  const items: readonly NavItem[] = [
    { href: '/deadlines', label: 'nav.deadlines' },
    {
      id: 'people',
      label: 'navGroups.people',
      links: [
        { href: '/employees', label: 'nav.employees' },
        { href: '/units', label: 'nav.units' },
        { href: '/import', label: 'nav.import' },
      ],
    },
    {
      id: 'scoring',
      label: 'navGroups.scoring',
      links: [
        { href: '/evaluate', label: 'nav.evaluate', when: scored },
        { href: '/kci', label: 'nav.kci', when: () => has().kci },
        { href: '/points', label: 'nav.points', when: () => has().points },
        { href: '/survey360', label: 'nav.survey360', when: () => has().survey360 },
        { href: '/competency-sheet', label: 'nav.competencySheet', when: () => has().competencySheet },
      ],
    },
    {
      id: 'results',
      label: 'navGroups.results',
      links: [
        { href: '/familiarisation', label: 'nav.familiarisation' },
        { href: '/calibration', label: 'nav.calibration', end: true, when: scored },
        { href: '/overview', label: 'nav.overview' },
      ],
    },
    { href: '/commission', label: 'nav.commission', end: true },
    { href: '/exchange', label: 'nav.exchange', when: () => scored() || has().points },
    {
      id: 'settings',
      label: 'navGroups.settings',
      links: [
        { href: '/methodology', label: 'nav.methodology' },
        { href: '/calendar', label: 'nav.calendar' },
        { href: '/data', label: 'nav.data' },
        { href: '/agency', label: 'nav.agency' },
      ],
    },
  ];

  const [open, setOpen] = createSignal<GroupKey | null>(null);
  const buttons = new Map<GroupKey, HTMLButtonElement>();
  let nav!: HTMLElement;
  /** Closes the open group; with `focus`, the focus goes back to its button. */
  const close = (focus = false) => {
    const id = open();
    if (id === null) return;
    setOpen(null);
    if (focus) buttons.get(id)?.focus();
  };
  // A page chosen (by a link here, a link on the page, Back) closes the group.
  createEffect(
    on(
      () => location.pathname,
      () => setOpen(null),
      { defer: true },
    ),
  );
  onMount(() => {
    const outside = (e: PointerEvent) => {
      if (e.target instanceof Node && !nav.contains(e.target)) close();
    };
    document.addEventListener('pointerdown', outside, true);
    onCleanup(() => document.removeEventListener('pointerdown', outside, true));
  });

  const shown = (link: NavLink) => link.when?.() ?? true;
  // Plain links into the hash route, marked current here: the router's <A> costs a dozen
  // computations a link, eighteen of them on the first screen (issue 21); the router follows these
  // as it does its own.
  const linkOf = (link: NavLink, onClick?: () => void) => {
    // The page's link is marked for the pages under it too; the page itself alone is the current page.
    return (
      <a
        href={`#${link.href}`}
        classList={{ active: linkMatches(link, location.pathname) }}
        aria-current={location.pathname === link.href ? 'page' : undefined}
        onClick={onClick}
      >
        {t(link.label)}
      </a>
    );
  };

  return (
    <nav ref={nav} class="main-nav" aria-label={t('app.mainNav')}>
      <ul class="nav-top">
        <For each={items}>
          {(item) =>
            isGroup(item) ? (
              <Show when={item.links.some(shown)}>
                <li
                  class="nav-group"
                  classList={{ current: item.links.some((l) => shown(l) && linkMatches(l, location.pathname)) }}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape' && open() === item.id) {
                      e.preventDefault();
                      close(true);
                    }
                  }}
                  onFocusOut={(e) => {
                    const next = e.relatedTarget;
                    if (next instanceof Node && !e.currentTarget.contains(next) && open() === item.id) setOpen(null);
                  }}
                >
                  <button
                    ref={(b) => buttons.set(item.id, b)}
                    type="button"
                    aria-expanded={open() === item.id ? 'true' : 'false'}
                    aria-controls={`nav-${item.id}`}
                    onClick={() => setOpen(open() === item.id ? null : item.id)}
                  >
                    {t(item.label)}
                    <span class="nav-caret" aria-hidden="true" />
                  </button>
                  <ul id={`nav-${item.id}`} class="nav-menu" hidden={open() !== item.id}>
                    <For each={item.links}>
                      {(link) => (
                        <Show when={shown(link)}>
                          <li>{linkOf(link, () => close(true))}</li>
                        </Show>
                      )}
                    </For>
                  </ul>
                </li>
              </Show>
            ) : (
              <Show when={shown(item)}>
                <li>{linkOf(item)}</li>
              </Show>
            )
          }
        </For>
      </ul>
    </nav>
  );
}
