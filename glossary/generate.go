package glossary

//go:generate go run ./internal/countrygen
