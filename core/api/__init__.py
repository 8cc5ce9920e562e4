"""The platform service: FastAPI app, one router per resource, auth, and the embedded runtime."""
