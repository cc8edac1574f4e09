import type { Account } from '../../lib/model/account';
import type { Contact } from '../../lib/model/contact';
import type { Deal } from '../../lib/model/deal';
import type { ForgetSummary } from '../../lib/model/forget';
import { EmptyState } from '../EmptyState';
import { ForgetButton } from './ForgetPanel';

export function ContactsView({
  contacts,
  accountName,
  previewForget,
  forget,
  onForgotten,
}: {
  contacts: Contact[];
  accountName: (id: string) => string;
  previewForget?: (contactId: string) => Promise<ForgetSummary>;
  forget?: (contactId: string) => Promise<ForgetSummary>;
  onForgotten?: (s: ForgetSummary) => void;
}) {
  if (contacts.length === 0) {
    return (
      <EmptyState title="No contacts yet">
        Contacts come from converting a qualified lead: open a lead, fill in BANT, and press Convert.
      </EmptyState>
    );
  }
  return (
    <ul class="people" data-testid="contact-list">
      {contacts.map((c) => (
        <li key={c.id} data-testid="contact">
          <div class="who">
            <div class="name line">{c.fullName}</div>
            <div class="line muted">{[c.title, accountName(c.accountId)].filter(Boolean).join(' · ')}</div>
            {c.emails[0] && <div class="line">{c.emails[0]}</div>}
            {c.doNotContact && <span class="chip">Do not contact</span>}
          </div>
          {previewForget && forget && onForgotten && (
            <ForgetButton
              label="Forget…"
              preview={() => previewForget(c.id)}
              forget={() => forget(c.id)}
              onForgotten={onForgotten}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

export type AccountSummary = Account & { contactCount: number; dealCount: number };

export function AccountsView({ accounts, onOpen }: { accounts: AccountSummary[]; onOpen: (id: string) => void }) {
  if (accounts.length === 0) {
    return (
      <EmptyState title="No accounts yet">
        An account is created, or reused by its domain, when you convert a lead.
      </EmptyState>
    );
  }
  return (
    <ul class="people" data-testid="account-list">
      {accounts.map((a) => (
        <li key={a.id} data-testid="account">
          <div class="who">
            <div class="name line">{a.name}</div>
            <div class="line muted">
              {a.domain || 'no domain'} · {a.contactCount} {a.contactCount === 1 ? 'contact' : 'contacts'} ·{' '}
              {a.dealCount} {a.dealCount === 1 ? 'deal' : 'deals'}
            </div>
          </div>
          <button type="button" class="secondary" aria-label={`Open account ${a.name}`} onClick={() => onOpen(a.id)}>
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}

export function AccountDetail(props: { account: Account; contacts: Contact[]; deals: Deal[]; onBack: () => void }) {
  return (
    <div class="detail" data-testid="account-detail">
      <button type="button" class="secondary" onClick={props.onBack}>
        ← Accounts
      </button>
      <h2>{props.account.name}</h2>
      <p class="muted">{props.account.domain}</p>
      <div>
        {props.account.tags.map((t) => (
          <span class="chip" key={t}>
            {t}
          </span>
        ))}
      </div>
      <section>
        <h3>Contacts</h3>
        <ul class="people">
          {props.contacts.map((c) => (
            <li key={c.id} data-testid="account-contact">
              <div class="who">
                <div class="name line">{c.fullName}</div>
                <div class="line muted">{[c.title, c.emails[0]].filter(Boolean).join(' · ')}</div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Deals</h3>
        {props.deals.length === 0 ? (
          <p class="muted">No deals.</p>
        ) : (
          <ul class="breakdown">
            {props.deals.map((d) => (
              <li key={d.id} data-testid="account-deal">
                <span>
                  {d.name} ({d.stage})
                </span>
                <span>
                  {d.amount} {d.currency}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
