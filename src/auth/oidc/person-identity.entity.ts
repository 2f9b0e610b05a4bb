import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../../person/person.entity.js';

/** A person's stable subject at an identity provider (docs/adr/0014). */
@Entity({ name: 'person_identities' })
@Unique('UQ_person_identities_subject', ['provider', 'subject'])
@Index('person_identities_person_idx', ['personId', 'provider'])
export class PersonIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  /** The provider's id in OIDC_PROVIDERS. */
  @Column({ type: 'text' })
  provider!: string;

  /** `sub`, or `tid:oid` for Entra ID. */
  @Column({ type: 'text' })
  subject!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', default: () => 'now()' })
  lastSignInAt!: Date;

  /** Set when the provider's role mapping stopped granting access and switched the person's login off. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
