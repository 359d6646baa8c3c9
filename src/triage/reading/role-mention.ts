/** A role the candidate asks about: a posting title ("PM, AI Assistants") or a track ("platform PM roles"). */
export interface RoleMention {
  /** The words as written in the request, e.g. "platform PM roles". */
  evidence: string;
  /** The role without its head word, e.g. "platform PM". */
  title: string;
  /** Words that make it specific, e.g. ["platform"]. */
  qualifiers: string[];
  sentenceIndex: number;
  /** True when the title reads as a posting ("Senior PM, Ads Measurement") rather than a track. */
  posting: boolean;
  /** A kind of role on the referrer's own team ("a PM role on your team"): in their area, but not yet a posting. */
  ownTeam?: boolean;
  /** Any opening of a kind ("any opening on the backend side", "Backend side koi bhi opening"): the kind, not which posting. */
  anyOf?: boolean;
  /** One of the referrer's own openings, named by its title. */
  opening?: boolean;
  /** An opening named by its initials ("as an AE"): `title` is the opening's own, for the hiring channel. */
  byInitials?: boolean;
}
