// Package model holds the GraphQL types that have no counterpart in package
// kg: the generated ones (models_gen.go, never edited by hand) and a few
// written here.
package model

import "github.com/cnplan/kg"

// Milestone is a target year given for an entity: kg.Milestone with the id
// of the entity it belongs to, which kg.Milestone leaves implicit.
type Milestone struct {
	kg.Milestone
	// EntityID is the id of the entity the milestone is given for.
	EntityID string
}

// DocumentMentions is how often one document mentions an entity.
type DocumentMentions struct {
	// DocumentID is the id of the document.
	DocumentID string
	// Count is the number of mentions.
	Count int
}
