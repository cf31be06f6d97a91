
mod quality;
