import { stems } from '../shared/words.js';
import { type Term, TermMatcher } from './term-matcher.js';

export { type Term, type TermHit, TermMatcher } from './term-matcher.js';

/**
 * Product areas and the words people use for them. A referrer's free-text team area and a
 * candidate's note are both mapped onto these, so "internal tooling" and "developer platform" meet.
 */
export interface ProductArea {
  id: string;
  label: string;
  terms: string[];
}

/** Vocabulary is written as "a | b | c" so the tables stay readable. */
function area(id: string, label: string, terms: string): ProductArea {
  return { id, label, terms: terms.split('|').map((t) => t.trim()) };
}

export const PRODUCT_AREAS: readonly ProductArea[] = [
  area(
    'platform',
    'platform and internal tools',
    'platform | developer platform | internal platform | internal tools | internal tooling | ' +
      'developer tools | developer tooling | devtools | dev tools | developer experience | ' +
      'developer productivity | engineering productivity | ci/cd | ci | continuous integration | ' +
      'continuous delivery | build system | build pipeline | deploy pipeline | api | apis | ' +
      'api platform | sdk | sdks | cli | for engineers | for developers | developer-facing | ' +
      'engineer-facing | platform engineering | workflow tools | code review | monorepo | build times | ' +
      'test infrastructure | deploy | deploys | deployment | deployments | developer portal | ' +
      'service templates | api gateway | release engineering | feature flags | internal tooling',
  ),
  area(
    'growth',
    'growth and monetization',
    'growth | retention | activation | acquisition | user onboarding | onboarding | conversion | ' +
      'funnel | churn | referral program | viral | virality | experimentation | a/b test | a/b testing | ' +
      'lifecycle | trial | trials | free trial | upsell | paywall | product-led growth | plg | signup | ' +
      'sign-up | monetization | monetize | monetizing | pricing | subscription | subscriptions | ' +
      'revenue | ltv | arpu | engagement | growth loops | lifecycle marketing | freemium | ' +
      'pricing page | annual plan',
  ),
  area(
    'ai',
    'AI and ML',
    'ai | artificial intelligence | ml | machine learning | llm | llms | large language model | ' +
      // "assistants" and "agents" alone are jobs in most fields (dental assistants, ramp agents), so only qualified
      'genai | generative ai | ai assistant | ai assistants | llm assistants | coding assistant | chatbot | chatbots | ' +
      'copilot | ai agents | llm agents | agentic | nlp | natural language | ml platform | ml infrastructure | computer vision | ' +
      'rag | prompt | prompts | fine-tuning | embeddings | conversational ai | inference | ' +
      'model training | ml models | deep learning | recommendation models',
  ),
  area(
    'ads',
    'ads',
    'ads | advertising | advertiser | advertisers | ad tech | adtech | attribution | ads measurement | ' +
      'ad measurement | ads reporting | ad targeting | bidding | ad auction | ad ranking | ad server | ' +
      'ad network | sponsored | ad products | ads platform | ad campaigns',
  ),
  area(
    'enterprise',
    'enterprise and B2B',
    'enterprise | b2b | saas | admin console | admin | sso | permissions | rbac | audit logs | audit log | ' +
      'audit logging | audit trail | audit trails | ' +
      'procurement | crm | sales tools | provisioning | smb | customer success | workspace admin | ' +
      'b2b saas | account management',
  ),
  area(
    'consumer',
    'consumer',
    'consumer | b2c | social | photo-sharing | photo sharing | feed | news feed | messaging app | ' +
      'creators | creator | community | dating | gaming | games | music | streaming | consumer app | ' +
      'social app | entertainment',
  ),
  area(
    'payments',
    'payments and fintech',
    'payments | payment | checkout | billing | invoicing | fintech | wallet | payouts | merchant | ' +
      'merchants | banking | lending | card issuing | payment processing | transactions | ' +
      'financial services',
  ),
  area(
    'marketplaces',
    'marketplaces and commerce',
    'marketplace | marketplaces | two-sided | sellers | buyers | listings | gig | rideshare | ' +
      'food delivery | last-mile delivery | logistics | e-commerce | ecommerce | commerce | shopping | ' +
      'catalog | supply and demand | fulfillment',
  ),
  area(
    'data',
    'data and analytics',
    'analytics | data platform | data pipeline | data pipelines | etl | data warehouse | warehouse | ' +
      'bi | business intelligence | dashboards | dashboard | data science | data scientist | ' +
      'data engineering | data engineer | data analyst | data analysis | sql | data infrastructure | ' +
      'data products | experimentation platform',
  ),
  area(
    'security',
    'security, privacy and trust',
    'security | trust and safety | trust & safety | privacy | identity | authentication | iam | ' +
      'fraud | abuse | integrity | threat detection | vulnerability | appsec | infosec | encryption | ' +
      'access control | zero trust | compliance | detection and response | passkeys | passkey | ' +
      'webauthn | account takeover | mfa | 2fa | two-factor | oauth | login | anti-fraud | spam | ' +
      'malware | penetration testing',
  ),
  area(
    'mobile',
    'mobile',
    'mobile | ios | android | mobile app | mobile apps | react native | swift | kotlin | app store',
  ),
  area(
    'design',
    'design systems and accessibility',
    'design system | design systems | component library | ui components | ui kit | accessibility | ' +
      'a11y | wcag | design tokens | figma | interaction design | visual design | product design | ux | ' +
      'ui | usability | inclusive design | screen reader | screen readers | ux design | ui design',
  ),
  area(
    'research',
    'user research',
    'user research | ux research | usability testing | research ops | user interviews | qualitative research | ' +
      'ux researcher | ux researchers | user researcher | user researchers | diary study | diary studies', // not "UX" (design)
  ),
  area(
    'marketing',
    'brand and marketing',
    'brand | brand identity | visual identity | marketing | content marketing | seo | sem | social media | ' +
      'go-to-market | gtm | product marketing | email marketing | communications | copywriting | ' +
      'campaigns | demand generation',
  ),
  area(
    'infrastructure',
    'infrastructure and reliability',
    'infrastructure | infra | kubernetes | k8s | storage | reliability | sre | site reliability | ' +
      'cloud | networking | compute | distributed systems | databases | database | observability | ' +
      'monitoring | incident response | on-call | uptime | latency | capacity planning | devops | ' +
      'terraform | containers | scalability | aws | gcp | azure | linux | serverless | data center | ' +
      'data centers',
  ),
  area(
    'search',
    'search and discovery',
    'search ranking | search quality | search relevance | search engine | site search | ranking | ' +
      'recommendations | discovery | relevance | personalization',
  ),
  area(
    'productivity',
    'productivity and collaboration',
    'productivity | collaboration | calendar | docs editor | note-taking | email client | ' + 'workspace tools',
  ),
  area('health', 'health', 'health | healthcare | health tech | medical | clinical | patients | telehealth'),
  area('education', 'education', 'edtech | education | learning platform | students | courses | teachers'),
  area(
    'hardware',
    'hardware and devices',
    'hardware | devices | firmware | embedded | wearables | iot | robotics | consumer electronics | ' +
      // a robot's own work, in the words robotics engineers use for it
      'robots | robot arm | robot arms | motion planning | path planning | local planner | trajectory optimizer | ' +
      'trajectory optimization | trajectory planning | kinematics | ros2 | actuators',
  ),
];

export function areaTerms(): Term[] {
  return PRODUCT_AREAS.flatMap((area) => area.terms.map((phrase) => ({ phrase, stems: stems(phrase), area: area.id })));
}

export const AREA_MATCHER = new TermMatcher(areaTerms());

export function areaLabel(id: string): string {
  return PRODUCT_AREAS.find((a) => a.id === id)?.label ?? id;
}
