package a

import "example.com/mod/policy"

const ItemBase policy.Item = "base"

var _ = policy.ClauseStandard
