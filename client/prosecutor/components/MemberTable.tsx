import type { MemberRow } from '../services/members';

const ROLE_WORDS = { admin: 'Agency administrator', prosecutor: 'Prosecutor' } as const;

/** Members already decided on (active or rejected), as a table. */
export function MemberTable(props: { readonly caption: string; readonly members: readonly MemberRow[] }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Username</th>
            <th scope="col">Role</th>
            <th scope="col">Enrolled</th>
            <th scope="col">Fingerprint</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr key={member.memberId}>
              <td>{member.displayName}</td>
              <td translate="no">{member.username}</td>
              <td>{ROLE_WORDS[member.role]}</td>
              <td className="nowrap">{member.enrolledOn}</td>
              <td className="fingerprint-cell" translate="no">
                {member.fingerprint}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
