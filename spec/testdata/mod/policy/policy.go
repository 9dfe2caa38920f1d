package policy

type Clause string

const ClauseStandard Clause = "2.1.1"

type Item string
