import type { RefObject } from 'react';
import type { MemberRole } from '../../../api/index';
import { hrefFor } from '../routes';
import { FingerprintText } from './FingerprintText';

export interface WaitingPanelProps {
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly role: MemberRole;
  readonly agencyName: string;
  readonly fingerprint: string;
  readonly rejected?: boolean;
  /** After enrollment (signed out): offer the way to sign in later. */
  readonly showSignIn?: boolean;
}

/** After enrollment: the fingerprint to read out, and to whom. */
export function WaitingPanel(props: WaitingPanelProps) {
  if (props.rejected === true) {
    return (
      <section className="card">
        <h1 ref={props.heading} tabIndex={-1}>
          Enrollment not approved
        </h1>
        <p>
          This enrollment with {props.agencyName} was rejected. If you think this is a mistake, ask your agency administrator
          for a new invitation.
        </p>
      </section>
    );
  }
  const admin = props.role === 'admin';
  return (
    <section className="card">
      <h1 ref={props.heading} tabIndex={-1}>
        Waiting for approval
      </h1>
      <p>
        Your keys were made in this browser and registered with {props.agencyName}. Before you can {admin ? 'approve prosecutors' : 'read tips'},
        {admin ? ' the operator of this tip line must certify them.' : ' your agency administrator must approve them.'}
      </p>
      <h2>Your fingerprint</h2>
      <FingerprintText value={props.fingerprint} label="Your fingerprint" size="large" />
      <ol className="steps">
        {admin ? (
          <li>
            Read this fingerprint aloud to the <strong>operator of this tip line</strong>, by phone or in person, not by email or
            chat. They compare all 40 characters with what they see before certifying your agency.
          </li>
        ) : (
          <li>
            Read this fingerprint aloud to your <strong>agency administrator</strong>, by phone or in person, not by email or chat.
            They compare all 40 characters with what their screen shows before approving you.
          </li>
        )}
        <li>If even one character differs, they must not approve: someone may have replaced your keys.</li>
        <li>{props.showSignIn === true ? 'Once approved, sign in with your username and passphrase.' : 'Once approved, choose Check again below.'}</li>
      </ol>
      {props.showSignIn === true ? (
        <p>
          <a href={hrefFor({ name: 'login' })}>Go to sign-in</a>
        </p>
      ) : null}
    </section>
  );
}
