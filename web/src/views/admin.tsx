import { onTabKeys } from '../tabs';
import { useState } from 'preact/hooks';
import type { User } from '../session';
import type { Therapist } from './desk-types';
import { ExpiryReport } from './expiry';
import { StateRules } from './state-rules';
import { Therapists } from './therapists';

type Tab = 'therapists' | 'rules' | 'expiry';

const TABS: [Tab, string][] = [
  ['therapists', 'Therapists'],
  ['rules', 'State rules'],
  ['expiry', 'Expiring soon'],
];

export function Admin({ user }: { user: User }) {
  const [tab, setTab] = useState<Tab>('therapists');
  const [open, setOpen] = useState<Therapist | null>(null);
  const canWrite = user.roles.includes('CREDENTIALING_ADMIN');
  return (
    <div>
      {!canWrite && (
        <p class="banner info" role="note" data-testid="read-only">
          Read-only for your role: you see every therapist's standing, the state rules and what expires, but only a credentialing administrator adds
          therapists, credentials, verifications and rule versions.
        </p>
      )}
      <div role="tablist" aria-label="Credentialing" class="tabs" onKeyDown={onTabKeys}>
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => (setTab(id), id === 'therapists' && setOpen(null))}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'therapists' && <Therapists key={open?.id ?? ''} canWrite={canWrite} open={open} />}
        {tab === 'rules' && <StateRules canWrite={canWrite} />}
        {tab === 'expiry' && (
          <ExpiryReport
            onOpenTherapist={(t) => {
              setOpen(t);
              setTab('therapists');
            }}
          />
        )}
      </div>
    </div>
  );
}
