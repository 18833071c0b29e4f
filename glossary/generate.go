package glossary

//go:generate go run ./internal/countrygen
//go:generate go run ./internal/citygen
//go:generate go run ./internal/indexgen
